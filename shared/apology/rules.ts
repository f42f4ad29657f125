// The rules of the sentence checker: what owning the choice looks like (which
// answers some rules), and the rule families (rules-shrinking.ts,
// rules-blaming.ts, rules-shielding.ts). What a rule is: rule-kit.ts.
import { type Rule, test, w } from './rule-kit.ts';
import { BLAMING } from './rules-blaming.ts';
import { SHIELDING } from './rules-shielding.ts';
import { SHRINKING } from './rules-shrinking.ts';

export type { Rule } from './rule-kit.ts';

/**
 * The sentence owns the choice, or adds a commitment: "I chose", "that was my
 * decision", "nobody forced me", "I have stopped…", "instead of telling you I…".
 */
export const OWNS = test(
  [
    'i (?:still |also )?(?:chose|choose|decided|made (?:the|that|a) (?:choice|decision))',
    'my (?:own )?(?:choice|decision|fault|responsibility|doing)', 'my job to',
    `(?:was|is|are|were) (?:all )?mine`, 'mine to (?:own|deal|carry|fix)', 'on me', 'i own', 'i am (?:fully )?responsible', 'i was responsible',
    'i take (?:full )?responsibility', '(?:deciding|choosing) to', '(?:and|but) i did(?: it| that| this)?$', '(?:does|did) not excuse', 'no excuse', 'not (?:offering|using|giving) (?:it|that|this) as an excuse',
    '(?:never|not|no) (?:a |an )?reason (?:to|for)', 'no right to', '(?:did not|does not|never) (?:make|made|force|forced) me', '(?<=, )i did(?: it| that| this)?$', '(?:traces|goes) back to me', '(?:nobody|no one|nothing) (?:forced|made|pushed) me', 'i am the one', 'i (?:am|was) the (?:reason|cause)', 'i was the one',
    'i (?:still )?(?:betrayed|lied to|hurt|deceived|cheated on|used|broke|went behind) (?:you|your|a|the|it)',
    'in a way that (?:hurt|betrayed|broke)', 'i should have (?:told|talked|said|come|asked)', '(?<!\\byou\\b(?: \\w+){0,8} )instead of (?:telling|talking|listening|coming|asking|being)',
    'that was (?:wrong|a lie|my)', '(?:was|were) (?:an? )?(?:excuse|lie|lying|deception|dishonest)', '(?:was|is) still (?:a |an )?(?:betrayal|lie|lying|cheating|wrong|deceit|deception|deceiving)', 'i was (?:still )?(?:deceiving|lying to|betraying|cheating on) you', 'at your expense', '(?:none|not one) of (?:them|those|my reasons|these) (?:is|are|was|were) (?:good enough|an excuse|a reason)', 'i did (?:a lot of |so much |real |great )?(?:harm|damage)', '(?:did not|does not|never) (?:choose|decide|do it|do this) for me', 'keep lying', 'i (?:kept |keep |used to )?(?:told|tell|telling) myself', '(?:makes|made) (?:it|that|this|things) worse', 'by (?:betraying|lying to|deceiving|hurting|cheating on) you',
    // A claim quoted and then contradicted: "I told you it was over, and it wasn't."
    '(?:and|but) (?:it|that|i) (?:was|is|did|had)(?: not)?$', '(?:and|but) (?:we|they|he|she) (?:was|were|is|are|had) not$',
    '(?:does|did|will|can|would) not (?:shrink|change|lessen|erase|undo|make (?:it|what i did|this) (?:any )?(?:less|smaller|okay|right|better))',
    '(?:protect|protecting|protected|spare|sparing|spared|save|saving|saved) myself', 'i (?:took advantage of|exploited) (?:you|your|it|that|the)', 'i (?:have|had) (?:stopped|quit|cut|ended|blocked)', 'which is why i', 'used (?:\\w+ ){1,3}as (?:permission|an excuse|a reason)',
    'i did it because i', '(?:was|is) (?:all |really |only )?about (?:me|my (?:pride|ego|comfort|fear|shame|own))', 'i am the only one (?:responsible|to blame|at fault|who)', 'what i was \\w+ing was (?:me|myself|my)', '(?:and|but|,) instead(?: ,)? i', 'i was wrong', '(?:was|is|were) (?:a |an )?(?:violation|betrayal|breach|abuse|invasion) of', 'i (?:am|was) (?:still |always )?the one (?:who|that)', '(?:makes|made) what i did (?:\\w+ )?worse', 'i do not get to', '(?:it|that) was (?:really )?(?:to protect|about protecting|for) me$', 'i did (?:hurt|betray|deceive|lie to|cheat on|let down) (?:you|your)', 'the (?:honest|right|decent) thing (?:would have been|was|to do was) to', 'i (?:still |always )?knew(?! (?:it|you|that it|the truth) would| how)', 'because i (?:left|kept|hid|lied|did not tell)', 'i used (?:\\w+ ){1,3}to (?:lie|cheat|hide|drink|see|meet)',
  ].join('|'),
);

/** Words of OWNS that tell the act itself ("I went behind your back") rather than owning the choice or the wrong. */
export const TELLS_ACT = w(
  [
    'i (?:still )?(?:betrayed|lied to|hurt|deceived|cheated on|used|broke|went behind) (?:you|your|a|the|it)', 'i did (?:hurt|betray|deceive|lie to|cheat on|let down) (?:you|your)', 'because i (?:left|kept|hid|lied|did not tell)',
    'by (?:betraying|lying to|deceiving|hurting|cheating on) you', 'i (?:still |always )?knew', 'i (?:have|had) (?:stopped|quit|cut|ended|blocked)',
  ].join('|'),
);

/** A clause after "but" or "yet" that adds a commitment or owns the act, rather than taking it back. */
export const COMMITS = test(
  [
    'i am (?:now )?(?:telling|giving|showing) you', 'i am (?:now |already )?(?:changing|working on|getting help|going to (?:therapy|meetings|counsel+ing)|attending|in (?:therapy|treatment|counsel+ing))', 'i (?:am|will) (?:not|never)(?: going to)? (?:lie|hide|do|keep|ask|put|rush|push|make)', 'you can (?:ask|check|see|call|look)', 'i (?:will(?! (?:not|never) (?:be|keep|stand|accept|apologi[sz]e|grovel|beg))|can(?! (?:see|understand|tell|imagine|only))|am going to|shall|promise|am committed|am working|keep|have (?:stopped|told|given|started|ended|cut))', 'from now on', 'i would like to make',
    'the (?:betrayal|choice|decision|fault) was mine', 'the least i (?:owe|can do)', 'i owe you', '(?:an apology|apologies|sorry|words|it|that|this|nothing i say) (?:does not|will not|can not|could never|is not enough to) (?:give|undo|change|fix|erase|make up|bring|mend)', '(?:not going to|will not|would not) let (?:that|it|this) (?:stop|excuse)', 'for you it', 'still (?:hurts|happening|real)', 'really i was',
    // An act of repair already done, in the clause that follows owning up: "…so I've booked the assessment."
    '(?:so|and|which is why|that is why) i have (?:now |since |already |also )?(?!(?:said|apologi[sz]ed|tried|explained|been|felt|had|waited|paid|suffered|changed|done|moved|forgiven|learned|got|gotten|told|let)\\b)\\w+',
  ].join('|'),
);

/**
 * A frame that refuses what follows it: "there's no version of this where I was
 * technically…", "I won't claim…". Whatever a rule finds after it is not said.
 */
export const REFUSES = w(
  [
    'no version of (?:this|it|events)', 'there is no way (?:i|to)', '(?:will|would|can|could) not (?:say|claim|pretend|call it|tell you)', 'not going to (?:say|claim|pretend|call it)',
    'refuse to (?:say|claim|pretend|call it)',
    // An old excuse quoted in order to own it: "I kept saying it was in the past so I wouldn't have to face it."
    'i (?:kept|keep) (?:saying|telling (?:you|myself)|pretending)', 'i used to (?:say|tell)', 'i told myself', 'no longer (?:say|claim|pretend)',
    // A cover story told and then taken back: "I said it was to spare you, but really…"
    '(?:saying|to say|calling it|to call it|if i said)(?= (?:\\S+ ){1,6}(?:would be|is|was) (?:a lie|another lie|dishonest|untrue|not true|wrong))',
    'i (?:said|claimed|pretended|told you|insisted)(?= (?:\\S+ ){1,8}(?:but (?:really|actually|in truth|the truth)|and (?:that|it) was (?:a lie|not true)))',
    'i (?:said|claimed|pretended|told you|told myself|insisted)(?= (?:\\S+ ){1,8}but (?:it|i|that) (?:was|is|did|had) (?:really |actually )?(?:to|for|about|just|only) (?:protect |spare |save |keep )?(?:me|myself))', 'i (?:keep |kept )?(?:tell|telling) myself',
  ].join('|'),
);

export const RULES: readonly Rule[] = [...SHRINKING, ...BLAMING, ...SHIELDING];
