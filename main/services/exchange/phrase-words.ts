// The safety phrase's words (pairing.ts): 256 short, common, concrete words that
// are easy to say on the phone and hard to mishear, chosen for Mend (no word with a
// charged meaning: a couple reads these aloud at a tender moment). Eight bits each.
export const PHRASE_WORDS: readonly string[] = [
  'acorn', 'almond', 'amber', 'anchor', 'apple', 'apricot', 'arch', 'arrow', 'aspen', 'atlas', 'autumn', 'avocado', 'badge', 'bagel', 'bakery',
  'balloon', 'bamboo', 'banjo', 'barley', 'basil', 'basket', 'beach', 'beacon', 'bean', 'berry', 'birch', 'biscuit', 'blanket', 'blossom',
  'bluebell', 'boat', 'bonnet', 'border', 'bottle', 'boulder', 'branch', 'bread', 'breeze', 'brick', 'bridge', 'brook', 'brush', 'bubble',
  'bucket', 'butter', 'button', 'cabin', 'cactus', 'camera', 'candle', 'canoe', 'canyon', 'caramel', 'carpet', 'carrot', 'castle', 'cedar',
  'chalk', 'cherry', 'chestnut', 'chimney', 'cider', 'cinnamon', 'circle', 'citrus', 'clay', 'clover', 'cocoa', 'coconut', 'comet', 'compass',
  'copper', 'coral', 'cotton', 'cradle', 'crane', 'crayon', 'creek', 'cricket', 'crystal', 'curtain', 'daisy', 'dawn', 'desert', 'diamond',
  'dolphin', 'donkey', 'dragonfly', 'drum', 'dune', 'eagle', 'echo', 'elm', 'ember', 'emerald', 'engine', 'falcon', 'feather', 'fennel', 'fern',
  'fiddle', 'field', 'fig', 'finch', 'flag', 'flint', 'flute', 'forest', 'fossil', 'fountain', 'fox', 'garden', 'garnet', 'ginger', 'glacier',
  'globe', 'goose', 'granite', 'grape', 'gravel', 'guitar', 'hammock', 'harbor', 'harvest', 'hazel', 'heather', 'hedge', 'helmet', 'heron',
  'hill', 'honey', 'horizon', 'island', 'ivory', 'ivy', 'jacket', 'jasmine', 'jelly', 'juniper', 'kayak', 'kettle', 'kite', 'kiwi', 'ladder',
  'lagoon', 'lantern', 'lark', 'laurel', 'lavender', 'lemon', 'lily', 'linen', 'lotus', 'magnet', 'mango', 'maple', 'marble', 'meadow', 'melon',
  'mint', 'mitten', 'moon', 'moss', 'mountain', 'muffin', 'mushroom', 'needle', 'nest', 'oak', 'oar', 'oasis', 'ocean', 'olive', 'onion', 'orbit',
  'orchard', 'otter', 'owl', 'paddle', 'palm', 'pancake', 'paper', 'parrot', 'pasta', 'peach', 'peanut', 'pebble', 'pelican', 'pencil', 'pepper',
  'piano', 'pillow', 'pine', 'planet', 'plum', 'pocket', 'pond', 'poppy', 'potato', 'prairie', 'pumpkin', 'puzzle', 'quartz', 'quill', 'rabbit',
  'rainbow', 'raisin', 'raven', 'reef', 'ribbon', 'river', 'robin', 'rocket', 'rose', 'saddle', 'sail', 'salmon', 'scarf', 'seashell', 'shore',
  'silver', 'sketch', 'sled', 'snail', 'sparrow', 'spice', 'spoon', 'spruce', 'squirrel', 'star', 'stone', 'straw', 'stream', 'sugar', 'summit',
  'sunrise', 'swan', 'teapot', 'thistle', 'tiger', 'timber', 'toast', 'tomato', 'topaz', 'tulip', 'tunnel', 'umbrella', 'valley', 'velvet',
  'violet', 'violin', 'walnut', 'willow', 'window', 'winter', 'zebra',
];
