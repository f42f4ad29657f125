// The one contract for everything that crosses between renderer and main:
// channel name -> request schema and response schema. The preload's
// `window.mend`, main's router and the tests all derive from this table, so
// no channel name is written anywhere else.
import { z } from '../zod.ts';
import { Day, EntryId, EntrySchema, ExerciseIdSchema, MemberId, SaveEntryRequest, Signature, Visibility } from '../domain/entry.ts';
import type { Entry } from '../domain/entry.ts';
import { CURSOR_PATTERN } from '../domain/entry-order.ts';
import type { ExerciseDigest } from '../exercises/progress.ts';
import type { TallyCounts } from '../exercises/tally.ts';
import type { DaysKept, SupportWeek } from '../progress/progress-figures.ts';
import type { PromiseWeek, TrustPoint, WeekCount } from '../summary/chart-data.ts';
import { ProfileSchema, RoleSchema } from '../domain/profile.ts';
import { SummaryOptions } from '../summary/summary-options.ts';
import { LastSummary } from '../summary/last-summary.ts';
import { SEARCH_QUERY_MAX } from '../search/search-entries.ts';
import { PASSPHRASE_MAX, PASSPHRASE_MIN } from '../forms/passphrase-limits.ts';
import type { SummaryModel } from '../summary/summary-model.ts';
import { BundleReportSchema, exchangeRequests, ExchangeStatusSchema, FolderReportSchema, ReceivedItemSchema } from '../exchange/exchange-contract.ts';
import { EntrySharingSchema, FromPartnerSchema, sharingRequests } from '../exchange/sharing-contract.ts';
import { togetherRequests, TogetherViewSchema } from '../exchange/together-contract.ts';
import { isPrintRoute } from '../routes.ts';

export { PASSPHRASE_MAX, PASSPHRASE_MIN };

const Empty = z.strictObject({});
const NewPassphrase = z
  .string()
  .min(PASSPHRASE_MIN, { error: `Please use at least ${PASSPHRASE_MIN} characters.` })
  .max(PASSPHRASE_MAX, { error: 'That passphrase is longer than Mend accepts.' });
const TypedPassphrase = z.string().min(1, { error: 'Please type your passphrase.' }).max(PASSPHRASE_MAX);

export const AppStatus = z.strictObject({ workbookExists: z.boolean(), unlocked: z.boolean() });
export type AppStatus = z.infer<typeof AppStatus>;

/** Records that could not be read at unlock; they are skipped, never deleted. */
export const DamagedRecord = z.strictObject({
  id: z.string(),
  /** null for a private entry in a workbook for two, whose day is hidden even on disk. */
  day: z.string().nullable(),
  /** A shared entry whose signatures do not verify (its writer or a confirmation was forged): shown as nobody's words. */
  tampered: z.literal(true).optional(),
  /**
   * What the workbook's manifest found (main/services/journal/manifest-check.ts): an entry no row holds (missing),
   * a row holding an earlier version (older), a row nobody wrote (unknown), or a row whose day in the clear was
   * edited (altered: the entry itself is intact). Absent: the row does not open.
   */
  kind: z.enum(['missing', 'older', 'unknown', 'altered']).optional(),
  /** The entry's exercise, when the manifest names it. */
  exerciseId: z.string().max(64).optional(),
});
export const UnlockReport = z.strictObject({
  damaged: z.array(DamagedRecord),
  /** The file is an older copy than the one last opened on this computer (vault/rollback-guard.ts); the user decides. */
  olderThanLastOpened: z.literal(true).optional(),
  /** The list of entries (the manifest) is itself missing or damaged: what it cannot vouch for is not judged. */
  recordList: z.enum(['missing', 'damaged']).optional(),
});
export type UnlockReport = z.infer<typeof UnlockReport>;

const PartnerName = z.string().trim().min(1, { error: 'Please type a name.' }).max(80, { error: 'Please use a shorter name.' });

/** Who is in the workbook: one partner, or two (each with their own passphrase and private space). */
export const Partners = z.strictObject({
  forTwo: z.boolean(),
  /** The partner who unlocked it. */
  me: MemberId,
  partners: z.array(z.strictObject({ id: MemberId, name: z.string() })),
});
export type Partners = z.infer<typeof Partners>;

/** A together session: on once both partners have typed their passphrase on this screen. */
export const TogetherStatus = z.strictObject({
  active: z.boolean(),
  confirmed: z.array(z.strictObject({ id: MemberId, name: z.string() })),
});
export type TogetherStatus = z.infer<typeof TogetherStatus>;

export const PrintTarget = z.enum(['printer', 'pdf']);
export const PrintWorksheetRequest = z.strictObject({
  exerciseId: ExerciseIdSchema,
  /** null prints the blank worksheet. */
  entryId: EntryId.nullable(),
  target: PrintTarget,
});
export const PrintOutcome = z.strictObject({
  status: z.enum(['printed', 'saved', 'cancelled']),
  /** Where the PDF was saved, for the confirmation message. */
  path: z.string().optional(),
});
export type PrintOutcome = z.infer<typeof PrintOutcome>;

export const BackupInfo = z.strictObject({
  name: z.string(),
  createdAt: z.string(),
  bytes: z.number(),
  /** Made just before a restore or an opened file replaced the workbook: kept until the user removes it, never rotated away. */
  beforeRestore: z.boolean().optional(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
/**
 * Where copies of one entry remain in Mend's folder (asked before a delete): how many of the rotating backups
 * hold it and the earliest day the last of them is rotated away, and how many backups kept from before a
 * restore hold it (those stay until the user removes them).
 */
export const EntryCopies = z.strictObject({
  rotating: z.number().int().nonnegative(),
  /** The earliest the newest rotating backup holding it is replaced (one new backup a day, at most); null: none holds it. */
  rotatingGoneBy: z.string().nullable(),
  keptFromRestore: z.number().int().nonnegative(),
});
export type EntryCopies = z.infer<typeof EntryCopies>;

/** What removing a deleted entry from the backups did: backups changed, and those it could not change (left as they were). */
export const EntryRemoval = z.strictObject({ removed: z.number().int().nonnegative(), failed: z.number().int().nonnegative() });
export type EntryRemoval = z.infer<typeof EntryRemoval>;

const BackupName = z.string().regex(/^backup-[0-9TZ-]+(?:-before-restore)?\.mend$/, { error: 'Unknown backup.' });

/** The outcome of anything written to a file the user picks in a save dialog. */
/** What the summary's preview needs to be built as main builds the file (main/services/summary). */
export const SummaryContextInfo = z.strictObject({ role: RoleSchema.nullable(), lastSummary: LastSummary.nullable() });
export type SummaryContextInfo = z.infer<typeof SummaryContextInfo>;

export const FileOutcome = z.strictObject({ status: z.enum(['saved', 'cancelled']), path: z.string().optional() });
export type FileOutcome = z.infer<typeof FileOutcome>;

export const DeviceStatus = z.strictObject({
  /** A key for this workbook is kept in this device's keyring. */
  remembered: z.boolean(),
  /** The keyring is real (not plain text on disk). */
  available: z.boolean(),
  /** Why it is not available, in words for the user. */
  reason: z.string().optional(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

export const IDLE_LOCK_CHOICES = [1, 2, 5, 10, 15, 30, 60] as const;
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'A time is written HH:MM.' });
export const Reminders = z.strictObject({
  enabled: z.boolean(),
  /** The next right thing: the morning choice and the evening look back. */
  morning: TimeOfDay,
  evening: TimeOfDay,
  /** The weekly check-in: 0 = Sunday … 6 = Saturday. */
  weeklyDay: z.number().int().min(0).max(6),
  weeklyTime: TimeOfDay,
});
export type Reminders = z.infer<typeof Reminders>;

export const Appearance = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  /** Text size, on top of the system's own scaling. */
  textSize: z.enum(['normal', 'large', 'larger']),
});
export type Appearance = z.infer<typeof Appearance>;

export const Preferences = z.strictObject({
  idleLockMinutes: z.literal(IDLE_LOCK_CHOICES, { error: 'Choose one of the offered times.' }),
  reminders: Reminders,
  appearance: Appearance,
  /** Windows and macOS: keep Mend's windows out of screenshots, screen recordings and Windows Recall. */
  hideFromScreenCapture: z.boolean(),
});
export type Preferences = z.infer<typeof Preferences>;
/** A change to some preferences; main merges it with the rest, so screens never overwrite each other. */
export const PreferencesUpdate = Preferences.partial();

/** A page is at most this long; without a limit, entries:list answers every entry. */
export const ENTRIES_PAGE_MAX = 1000;
export const ListEntriesRequest = z.strictObject({
  exerciseId: ExerciseIdSchema.optional(),
  limit: z.number().int().min(1).max(ENTRIES_PAGE_MAX).optional(),
  /** The nextCursor of the page before: the next page starts after that entry's place in the order. */
  cursor: z.string().regex(CURSOR_PATTERN, { error: 'Unknown page.' }).optional(),
  /** Only the entries of these days, both included (the counselor summary's dates). */
  from: Day.optional(),
  to: Day.optional(),
});
export const EntriesPage = z.strictObject({
  /** Newest day first (shared/domain/entry-order.ts). */
  entries: z.array(EntrySchema),
  /** Where the next page starts; null when this page reaches the oldest entry. */
  nextCursor: z.string().nullable(),
});
export type EntriesPage = z.infer<typeof EntriesPage>;

/** What home and an exercise's screen show about its entries (main/services/journal/entries-overview.ts). */
export type EntriesOverview = {
  exercises: (ExerciseDigest & { tallies: TallyCounts[] })[];
  /** The entry worked on last, of all (null when asked about one exercise). */
  leftOff: Entry | null;
};

/** The progress screen's figures, computed in main from every entry (main/services/journal/progress-overview.ts). */
export type ProgressFigures = {
  entryCount: number;
  week: DaysKept;
  month: DaysKept;
  promises: PromiseWeek[];
  trust: { points: TrustPoint[]; names: [string, string] };
  questions: WeekCount[];
  support: SupportWeek[];
  /** The latest small wins, eight at most. */
  wins: Entry[];
};

export const contract = {
  'app:status': { request: Empty, response: AppStatus },
  'vault:create': { request: z.strictObject({ passphrase: NewPassphrase }), response: z.null() },
  'vault:unlock': { request: z.strictObject({ passphrase: TypedPassphrase }), response: UnlockReport },
  'vault:lock': { request: Empty, response: z.null() },
  /** Keeps the older copy the unlock report named as it is: it becomes the newest seen on this computer. */
  'vault:keepOlderCopy': { request: Empty, response: z.null() },
  'vault:changePassphrase': {
    request: z.strictObject({ current: TypedPassphrase, next: NewPassphrase }),
    response: z.null(),
  },
  'vault:partners': { request: Empty, response: Partners },
  /** Sets the workbook up for two; the first partner confirms with their passphrase, the second chooses theirs. */
  'vault:addPartner': {
    request: z.strictObject({ currentPassphrase: TypedPassphrase, partnerPassphrase: NewPassphrase, myName: PartnerName, partnerName: PartnerName, partnerRole: RoleSchema }),
    response: Partners,
  },
  'together:join': { request: z.strictObject({ passphrase: TypedPassphrase }), response: TogetherStatus },
  'together:end': { request: Empty, response: TogetherStatus },
  'together:status': { request: Empty, response: TogetherStatus },
  /** Both partners here (a together session): the shared key rotates, and each takes the new one in at their next unlock. */
  'together:newSharedKey': { request: Empty, response: TogetherStatus },
  'profile:get': { request: Empty, response: ProfileSchema },
  'profile:set': { request: ProfileSchema, response: ProfileSchema },
  'entries:list': { request: ListEntriesRequest, response: EntriesPage },
  /** Counts, statuses and tallies for home (every exercise) or one exercise's screen, without the entries. */
  'entries:overview': {
    request: z.strictObject({ today: Day, exerciseId: ExerciseIdSchema.optional() }),
    response: z.custom<EntriesOverview>(),
  },
  'progress:figures': { request: z.strictObject({ today: Day }), response: z.custom<ProgressFigures>() },
  'entries:get': { request: z.strictObject({ id: EntryId }), response: EntrySchema },
  'entries:save': { request: SaveEntryRequest, response: EntrySchema },
  'entries:delete': { request: z.strictObject({ id: EntryId }), response: z.null() },
  'entries:search': {
    request: z.strictObject({ query: z.string().max(SEARCH_QUERY_MAX, { error: 'That search is too long.' }) }),
    response: z.array(
      z.strictObject({
        entryId: z.string(),
        exerciseId: z.string(),
        day: z.string(),
        fieldLabel: z.string(),
        snippet: z.strictObject({ before: z.string(), match: z.string(), after: z.string() }),
        visibility: Visibility,
        author: MemberId.optional(),
        signedBy: z.array(Signature).optional(),
      }),
    ),
  },
  'entries:setPrivate': { request: z.strictObject({ id: EntryId, keepPrivate: z.boolean() }), response: EntrySchema },
  /** Only me, or shared with my partner: the entry is sealed again under the other space's key. */
  'entries:setVisibility': { request: z.strictObject({ id: EntryId, visibility: Visibility }), response: EntrySchema },
  /** Builds the counselor summary from the journal and saves it where the user chooses. */
  'summary:export': {
    request: z.strictObject({ jobId: z.uuid(), options: SummaryOptions, format: z.enum(['pdf', 'markdown']) }),
    response: FileOutcome,
  },
  /** The model of a summary being printed, asked for by its print view. */
  'summary:job': { request: z.strictObject({ jobId: z.uuid() }), response: z.custom<SummaryModel>() },
  'summary:cancel': { request: z.strictObject({ jobId: z.uuid() }), response: z.null() },
  /** The maker's role and the last summary's dates, so the preview is built as main builds the file. */
  'summary:context': { request: Empty, response: SummaryContextInfo },
  /** Several blank worksheets at once: "print the workbook". */
  'print:packet': {
    request: z.strictObject({ exerciseIds: z.array(ExerciseIdSchema).min(1, { error: 'Choose at least one worksheet.' }).max(50), target: PrintTarget }),
    response: PrintOutcome,
  },
  'backups:list': { request: Empty, response: z.array(BackupInfo) },
  'backups:create': { request: Empty, response: BackupInfo },
  'backups:restore': { request: z.strictObject({ name: BackupName }), response: UnlockReport },
  /** Removes a backup kept from before a restore (the others go by rotation). */
  'backups:remove': { request: z.strictObject({ name: BackupName }), response: z.null() },
  /** The newest backup that still holds a record damaged in the workbook, if any. */
  'backups:findHolding': { request: z.strictObject({ recordId: z.string().max(64) }), response: BackupInfo.nullable() },
  /** Where copies of the unlocked partner's entry remain in the backups (before it is deleted). */
  'backups:entryCopies': { request: z.strictObject({ id: EntryId }), response: EntryCopies },
  /** Removes a deleted entry of the unlocked partner's from every backup in Mend's folder that holds it. */
  'backups:removeEntry': { request: z.strictObject({ id: EntryId }), response: EntryRemoval },
  'backups:exportFile': { request: Empty, response: FileOutcome },
  /** Asks for a workbook file (from a backup or another computer) and opens it with its passphrase. */
  'backups:importFile': { request: z.strictObject({ passphrase: TypedPassphrase }), response: UnlockReport.nullable() },
  'data:exportReadable': { request: z.strictObject({ format: z.enum(['markdown', 'json']) }), response: FileOutcome },
  'device:status': { request: Empty, response: DeviceStatus },
  /** Asks for the unlocked partner's passphrase, as changing it does: an unlocked screen alone is not enough. */
  'device:remember': { request: z.strictObject({ passphrase: TypedPassphrase }), response: DeviceStatus },
  'device:forget': { request: Empty, response: DeviceStatus },
  'device:unlock': { request: Empty, response: UnlockReport },
  'settings:get': { request: Empty, response: Preferences },
  'settings:set': { request: PreferencesUpdate, response: Preferences },
  'print:worksheet': { request: PrintWorksheetRequest, response: PrintOutcome },
  /** Sent by a print view once its data is drawn, so main prints a complete page. */
  'print:ready': { request: Empty, response: z.null() },
  /** Mend on two computers (docs/EXCHANGE.md): the pairing, the pace, what is held. */
  'exchange:status': { request: Empty, response: ExchangeStatusSchema },
  /** The safety question, answered on this computer; "not safe" turns pairing off here and tells the other nothing. */
  'exchange:answerSafety': { request: exchangeRequests.answerSafety, response: ExchangeStatusSchema },
  'exchange:invite': { request: Empty, response: ExchangeStatusSchema },
  'exchange:openInvitation': { request: exchangeRequests.openInvitation, response: ExchangeStatusSchema },
  /** "The phrase is the same on both computers." */
  'exchange:confirm': { request: Empty, response: ExchangeStatusSchema },
  'exchange:unpair': { request: Empty, response: ExchangeStatusSchema },
  /** Main asks for the shared folder with a dialog (never a path from the renderer). */
  'exchange:chooseFolder': { request: Empty, response: ExchangeStatusSchema },
  'exchange:setPace': { request: exchangeRequests.setPace, response: ExchangeStatusSchema },
  /** Send this entry to the partner (again, as it is now), or withdraw it (a signed tombstone). */
  'exchange:share': { request: exchangeRequests.share, response: ExchangeStatusSchema },
  'exchange:received': { request: Empty, response: z.array(ReceivedItemSchema) },
  'exchange:sync': { request: Empty, response: FolderReportSchema },
  'exchange:saveForPartner': { request: Empty, response: FileOutcome },
  'exchange:openFromPartner': { request: Empty, response: BundleReportSchema.nullable() },
  /** One entry's way to the partner's computer: offered or not, the switch or (a letter) the deliberate send, sent or not. */
  'exchange:entrySharing': { request: sharingRequests.entrySharing, response: EntrySharingSchema },
  /** Sends a letter after the last look, only if it is still the version shown (its saved time). */
  'exchange:sendLetter': { request: sharingRequests.sendLetter, response: EntrySharingSchema },
  /** The partner's shared entries of one exercise, and those they withdrew, for the exercise's screen. */
  'exchange:fromPartner': { request: sharingRequests.fromPartner, response: FromPartnerSchema },
  /** The check-ins and agreements shared between the two computers, each confirmation a verified signature (null until connected). */
  'exchange:together': { request: Empty, response: TogetherViewSchema },
  /** This partner's answer to the other's shared check-in. */
  'exchange:answerCheckIn': { request: togetherRequests.answerCheckIn, response: TogetherViewSchema },
  /** This partner confirms exactly the version of the agreement they read (its number and digest). */
  'exchange:confirmAgreement': { request: togetherRequests.confirmAgreement, response: TogetherViewSchema },
} as const;

/** Messages main sends to the renderer (menu commands and the like). */
export const events = {
  'app:command': z.strictObject({ command: z.enum(['lock', 'print', 'export', 'new-entry', 'preferences', 'safety', 'about']) }),
  /** How far an unlock (or a restore) has got decrypting the records: counts only, never content. */
  'vault:progress': z.strictObject({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  /** To a print window only: the print view (or standing by) to draw next; the route names a job, never content. */
  'print:show': z.strictObject({ route: z.string().max(2000).refine(isPrintRoute, 'not a print route') }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
