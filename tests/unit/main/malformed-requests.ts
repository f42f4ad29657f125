// Generators of malformed IPC requests and untrusted sender URLs for the fuzz
// test (ipc-fuzz.test.ts). A compromised renderer can send anything Electron's
// structured clone carries, so besides JSON this covers undefined, NaN,
// Infinity, -0, Map, Set, Date, typed arrays, sparse arrays and objects
// without a prototype; keys such as "__proto__" are made OWN keys, as a
// deserialised message has them, never prototype changes.
import fc from 'fast-check';

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** What a generated request is, so a run can say what it covered. */
export type Category =
  | 'wrong type'
  | 'array for object'
  | 'missing fields'
  | 'extra keys'
  | 'one field replaced'
  | 'prototype keys'
  | 'deep nesting'
  | 'huge string';

export interface Malformed {
  category: Category;
  value: unknown;
}

/**
 * An object whose keys are all own data properties, whatever their name: made by
 * JSON.parse (which never calls the __proto__ setter), then given its values
 * with defineProperty, so values that JSON cannot hold (undefined, NaN, Map…) stay.
 */
export function withOwnKeys(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object = JSON.parse(`{${entries.map(([key]) => `${JSON.stringify(key)}:0`).join(',')}}`) as Record<string, unknown>;
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** Copy of `base` with the value at `path` replaced (own keys throughout). */
function replaceAt(base: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0 || !isPlainObject(base)) return value;
  const [head, ...rest] = path as [string, ...string[]];
  return withOwnKeys(Object.entries(base).map(([key, old]) => [key, key === head ? replaceAt(old, rest, value) : old] as const));
}

/** Paths to every field of a valid request, nested ones included (e.g. answers.rightThing). */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => [[...prefix, key], ...fieldPaths(child, [...prefix, key])]);
}

const specialNumber = fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, -1, 1.5, 2 ** 53 + 2, Number.MAX_VALUE, Number.MIN_VALUE, 1e21);
const trickyString = fc.constantFrom('', ' ', '\u0000', '\uD800', 'null', 'undefined', 'true', '0', '{}', '[]', '__proto__', 'constructor', 'x'.repeat(1025));

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false),
  specialNumber,
  trickyString,
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  // Lone surrogates and control characters.
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** 20 k to about 1 M characters: a repeated unit, so it costs little to make. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), fc.integer({ min: 20_000, max: 130_000 }))
  .map(([unit, times]) => unit.repeat(times).slice(0, 1_050_000));

const jsonLeaf = fc.jsonValue({ maxDepth: 1 });

/** {"__proto__": {...}} or {"constructor": {"prototype": {...}}}, as own keys: the classic pollution payloads. */
export const protoPayload: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.constantFrom(...PROTO_KEYS), fc.string({ minLength: 1, maxLength: 12 }), jsonLeaf)
  .map(([key, marker, leaf]) => {
    const inner = withOwnKeys([[marker, leaf]]);
    return key === 'constructor' ? withOwnKeys([[key, withOwnKeys([['prototype', inner]])]]) : withOwnKeys([[key, inner]]);
  });

/** 100 to 1,000 levels of objects, arrays, both in turn, or "__proto__" keys. */
export const deeplyNested: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 100, max: 1000 }), fc.constantFrom('object', 'array', 'alternating', 'proto'), jsonLeaf)
  .map(([depth, shape, leaf]) => {
    let value: unknown = leaf;
    for (let level = 0; level < depth; level++) {
      if (shape === 'array' || (shape === 'alternating' && level % 2 === 1)) value = [value];
      else value = withOwnKeys([[shape === 'proto' ? '__proto__' : 'a', value]]);
    }
    return value;
  });

/** Any value a request or one of its fields could wrongly be. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: scalar },
  { weight: 5, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 4,
    arbitrary: fc.anything({
      maxDepth: 2,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withNullPrototype: true,
      withSparseArray: true,
    }),
  },
  { weight: 2, arbitrary: protoPayload },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: hugeString },
);

const extraKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 20 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(...PROTO_KEYS, 'toString', 'valueOf', 'hasOwnProperty', 'then', 'length', '', ' ', '0', 'id', 'ID', 'Passphrase', 'passphrase ', 'visibility', 'createdAt'),
  },
  { weight: 1, arbitrary: hugeString.map((s) => s.slice(0, 100_000)) },
);

const tag = (category: Category) => (value: unknown): Malformed => ({ category, value });

/**
 * Malformed variants of a channel's valid requests: a wrong type, an array, a
 * field missing, extra keys, one field replaced by a wrong value, prototype
 * keys, deep nesting, a huge string. Some may still be valid by chance (a
 * replaced field given another allowed value): the caller filters with the schema.
 */
export function malformedRequests(validSamples: readonly Record<string, unknown>[]): fc.Arbitrary<Malformed> {
  const sample = fc.constantFrom(...(validSamples.length ? validSamples : [{}]));
  const orAnyValue = (arb: (s: Record<string, unknown>) => fc.Arbitrary<unknown> | null) =>
    sample.chain((s) => arb(s) ?? anyValue);

  return fc.oneof(
    { weight: 3, arbitrary: anyValue.map(tag('wrong type')) },
    {
      weight: 2,
      arbitrary: sample
        .chain((s) => fc.constantFrom<unknown>([s], Object.values(s), Object.entries(s), Object.assign([], s), [], [[]]))
        .map(tag('array for object')),
    },
    {
      weight: 3,
      arbitrary: orAnyValue((s) => {
        const keys = Object.keys(s);
        return keys.length ? fc.subarray(keys, { minLength: 1 }).map((drop) => withOwnKeys(Object.entries(s).filter(([k]) => !drop.includes(k)))) : null;
      }).map(tag('missing fields')),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(sample, fc.array(fc.tuple(extraKey, anyValue), { minLength: 1, maxLength: 3 }))
        .map(([s, extra]) => withOwnKeys([...Object.entries(s), ...extra]))
        .map(tag('extra keys')),
    },
    {
      weight: 6,
      arbitrary: orAnyValue((s) => {
        const paths = fieldPaths(s);
        return paths.length ? fc.tuple(fc.constantFrom(...paths), anyValue).map(([path, value]) => replaceAt(s, path, value)) : null;
      }).map(tag('one field replaced')),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(sample, protoPayload)
        .map(([s, payload]) => withOwnKeys([...Object.entries(s), ...Object.entries(payload)]))
        .map(tag('prototype keys')),
    },
    { weight: 1, arbitrary: deeplyNested.map(tag('deep nesting')) },
    {
      weight: 1,
      arbitrary: orAnyValue((s) => {
        const paths = fieldPaths(s);
        return paths.length ? fc.tuple(fc.constantFrom(...paths), hugeString).map(([path, value]) => replaceAt(s, path, value)) : hugeString;
      }).map(tag('huge string')),
    },
  );
}

/** URL strings built to look like Mend's own origin, or nearly. */
const nearAppUrl: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('mend', 'MEND', 'Mend', 'mend ', ' mend', 'mend\t', 'mendx', 'men', 'evil', 'http', 'https', 'file', 'data', 'about', 'javascript', 'blob:mend', 'filesystem:mend', 'view-source:mend', 'chrome', 'ws'),
    fc.constantFrom('://', ':', ':/', ':///', '://\\', ':\\\\', '//'),
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('app', 'APP', 'app.', 'app..', 'app.evil', 'evil.app', 'app:0', 'app:443', 'app:', 'user@app', 'user:pw@app', ':@app', '@app', 'app@evil', 'evil@app', 'ap%70', 'app%00', 'app%2F', '[::1]', '127.0.0.1', '127.0.0.1:4173', 'localhost:4173', '', '\u0430pp') },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    fc.oneof(
      fc.constantFrom('', '/', '/index.html', '/index.html#/home', '?x', '#x', '/../..', '\\..', '/index.html#/print/worksheet/owning-it?entry=x', '/%2e%2e/'),
      fc.webPath(),
      fc.string({ maxLength: 30 }),
    ),
  )
  .map(([scheme, separator, authority, tail]) => `${scheme}${separator}${authority}${tail}`);

/** Any string a frame's URL could be said to be. */
export const senderUrl: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: nearAppUrl },
  { weight: 2, arbitrary: fc.webUrl({ validSchemes: ['http', 'https', 'mend', 'file', 'ws'], withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);
