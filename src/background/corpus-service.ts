import type { FactmarkDb } from '../db/database';
import { MatcherStore } from '../db/matcher-store';
import { ensureSegments } from '../db/segments';
import { seedDefaultPack } from '../db/seed';
import { listDocuments } from '../db/list-documents';
import { lookup } from '../db/lookup';
import { removeUserDocument } from '../db/remove-document';
import { removeUserDocuments } from '../db/remove-user-documents';
import { loadSettings, saveSettings } from '../db/settings-store';
import { getSourceContexts } from '../db/source-context';
import type { Settings } from '../settings/settings';
import { sourcePath } from '../shared/source-path';
import type { Matcher } from '../match';
import { hitId } from '../shared/hits';
import type { BackgroundRequest, BackgroundResponses, MatchResponse } from '../shared/messages';
import type { CorpusPack } from '../shared/records';

/**
 * The background's one service: owns the corpus database and the matcher.
 * Everything it needs after a service-worker restart is in IndexedDB.
 */
export class CorpusService {
  private ready: Promise<void> | null = null;
  private readonly matchers: MatcherStore;

  constructor(
    private readonly db: FactmarkDb,
    private readonly loadDefaultPack: () => Promise<CorpusPack>,
    private readonly effects: {
      /** Tells open pages about new settings. */
      settingsChanged(settings: Settings): Promise<void>;
      /** Opens an extension page in a new tab. */
      openPage(path: string): Promise<void>;
    },
  ) {
    this.matchers = new MatcherStore(db);
  }

  /** Flips the global highlight switch (the keyboard command). */
  async toggleHighlights(): Promise<Settings> {
    const settings = await loadSettings(this.db);
    return this.handle({ type: 'set-settings', settings: { ...settings, enabled: !settings.enabled } });
  }

  /** Seeds the shipped pack (install, upgrade, or a database the user cleared). Idempotent. */
  async seed(): Promise<void> {
    await seedDefaultPack(this.db, await this.loadDefaultPack());
  }

  private ensureReady(): Promise<void> {
    this.ready ??= (async () => {
      await ensureSegments(this.db);
      if (!(await this.db.meta.get('pack'))) await this.seed();
    })().catch((error: unknown) => {
      this.ready = null; // let the next request try again
      throw error;
    });
    return this.ready;
  }

  private async matcher(): Promise<Matcher> {
    await this.ensureReady();
    return this.matchers.matcher();
  }

  async handle<T extends BackgroundRequest>(request: T): Promise<BackgroundResponses[T['type']]> {
    switch (request.type) {
      case 'match':
        return (await this.match(request.blocks, request.pageDate)) as BackgroundResponses[T['type']];
      case 'sources':
        await this.ensureReady();
        return { sources: await getSourceContexts(this.db, request.ids) } as BackgroundResponses[T['type']];
      case 'get-settings':
        return (await loadSettings(this.db)) as BackgroundResponses[T['type']];
      case 'set-settings': {
        const saved = await saveSettings(this.db, request.settings);
        await this.effects.settingsChanged(saved);
        return saved as BackgroundResponses[T['type']];
      }
      case 'prepare-import':
        // A user's entity joins a seeded one of the same name: the default corpus must be there first.
        await this.ensureReady();
        return { ready: true } as BackgroundResponses[T['type']];
      case 'lookup':
        return (await lookup(this.db, await this.matcher(), request.query)) as BackgroundResponses[T['type']];
      case 'list-documents':
        await this.ensureReady();
        return (await listDocuments(this.db)) as BackgroundResponses[T['type']];
      case 'remove-document':
        return { removed: await removeUserDocument(this.db, request.docId) } as BackgroundResponses[T['type']];
      case 'remove-user-documents':
        return { removed: await removeUserDocuments(this.db) } as BackgroundResponses[T['type']];
      case 'open-source':
        await this.effects.openPage(sourcePath(request.docId, request.sentenceId));
        return { opened: true } as BackgroundResponses[T['type']];
    }
  }

  private async match(blocks: string[], pageDate: string | null): Promise<MatchResponse> {
    const matcher = await this.matcher();
    const hits = blocks.map((text) => matcher.matchBlock(text, { pageDate }));
    return { hits, sources: await getSourceContexts(this.db, hits.flat().map(hitId)) };
  }
}
