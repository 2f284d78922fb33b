import type { EntityType, Figure } from './records';

/** A corpus document as a card or a citation shows it. */
export interface SourceRef {
  docId: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
}

/** A corpus sentence with its source; `highlight` marks the span that is cited, relative to `text`. */
export interface CitedSentence {
  sentenceId: string;
  text: string;
  highlight: { start: number; end: number } | null;
  source: SourceRef;
}

export interface CitedQuote {
  quoteId: string;
  text: string;
  speaker: string | null;
  /** The speaker's entity, when the corpus knows it: a name card tells quotes by the person from quotes that mention them. */
  speakerEntityId?: string | null;
  source: SourceRef;
}

/** Everything a card, the popup or a citation needs about one corpus item. */
export type SourceContext =
  | {
      kind: 'name';
      id: string;
      name: string;
      type: EntityType;
      description: string | null;
      /** Other spellings, canonical excluded. */
      aliases: string[];
      documentCount: number;
      sentences: CitedSentence[];
      quotes: CitedQuote[];
    }
  | {
      kind: 'claim';
      id: string;
      text: string;
      figures: Figure[];
      date: string | null;
      sentence: CitedSentence;
    }
  | {
      kind: 'quote';
      id: string;
      text: string;
      speaker: string | null;
      sentence: CitedSentence;
    };

export type SourceMap = Record<string, SourceContext>;
