/** Strings numbered in order of first appearance: compiled indexes refer to words and terms by number. */
export class Vocabulary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();

  add(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  get(word: string): number | undefined {
    return this.ids.get(word);
  }
}
