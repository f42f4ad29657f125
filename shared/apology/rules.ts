// The rules of the sentence checker: patterns over the normalised words of a
// sentence (lower case, contractions resolved: "wasn't" reads "was not",
// "she'd been" reads "she had been"), each with the kind of note it earns and
// how its sense can be reversed. How a rule is applied is in sentence-checker.ts.
import type { ApologyFindingKind, CheckMode } from './types.ts';

export interface Rule {
  kind: ApologyFindingKind;
  pattern: RegExp;
  /** A "not", "no" or "never" earlier in the same clause reverses it ("this was no small slip"). */
  negatable?: boolean;
  /** The sentence also owning the choice ("and I chose…") answers it (see OWNS). */
  ownable?: boolean;
  /** Words elsewhere in the sentence that show it is not what the rule fears. */
  unless?: RegExp;
  /** Only in these letters (all when absent). */
  modes?: readonly CheckMode[];
}

const w = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'gu');
const test = (source: string) => new RegExp(`\\b(?:${source})\\b`, 'u');

const BE = '(?:am|is|are|was|were|be|been|being)';
const HE = '(?:he|she|they)';
const CAUSE =
  '(?:drunk|drinking|wasted|high|stressed|lonely|depressed|exhausted|tired(?! of)|anxious|overwhelmed|burned out|burnt out|under (?:so much |a lot of |too much )?(?:pressure|stress))';
const CAUSE_NOUN = '(?:drinking|alcohol|drink|stress|pressure|loneliness|depression|gambling|anxiety|exhaustion)';

/**
 * The sentence owns the choice, or adds a commitment: "I chose", "that was my
 * decision", "nobody forced me", "I have stopped…", "instead of telling you I…".
 */
export const OWNS = test(
  [
    'i (?:still |also )?(?:chose|choose|decided|made (?:the|that|a) (?:choice|decision))',
    'my (?:own )?(?:choice|decision|fault|responsibility|job|doing)',
    `(?:was|is|are) (?:all )?mine`, 'mine to (?:own|deal|carry|fix)', 'on me', 'i own', 'i am (?:fully )?responsible', 'i was responsible',
    'i take (?:full )?responsibility', '(?:nobody|no one|nothing) (?:forced|made|pushed) me', 'i am the one', 'i was the one',
    'i (?:still )?(?:betrayed|lied to|hurt|deceived|cheated on|used|broke|went behind) (?:you|your|a|the|it)',
    'in a way that (?:hurt|betrayed|broke)', 'i should have (?:told|talked|said|come|asked)', 'instead of (?:telling|talking|listening|coming|asking)',
    'that was (?:wrong|a lie|my)', '(?:was|were) (?:an? )?(?:excuse|lie|lying|deception|dishonest)', 'keep lying', 'i told myself', 'i used to tell myself',
    '(?:protecting|sparing|saving) myself', 'i (?:have|had) (?:stopped|quit|cut|ended|blocked)', 'which is why i', 'used (?:that|it) as (?:permission|an excuse)',
    'i did it because i', 'i knew', 'because i (?:left|kept|hid|lied|did not tell)',
  ].join('|'),
);

/** A clause after "but" or "yet" that adds a commitment or owns the act, rather than taking it back. */
export const COMMITS = test(
  [
    'i (?:will|can|am going to|shall|promise|am committed|am working|keep|have (?:stopped|told|given|started|ended|cut))', 'from now on', 'i would like to make',
    'the (?:betrayal|choice|decision|fault) was mine', 'for you it', 'still (?:hurts|happening|real)', 'really i was',
  ].join('|'),
);

export const RULES: readonly Rule[] = [
  // Shrinking the act.
  {
    kind: 'minimising',
    negatable: true,
    // "I told you it meant nothing, and that was a lie": the small words are quoted to be owned.
    unless: test('(?:a|another) way (?:of|to) (?:hide|hiding|lie|lying|avoid|avoiding)|that was (?:another |a )?lie|was not true'),
    pattern: w(
      [
        '(?:just|only|merely|simply) (?:a bit|a few|a couple|a little|the once|a|an|one|once|some|talked|kissed|texted|flirted|lasted|been a|had a|emotional)',
        '(?:little|small|tiny|minor|silly|stupid|harmless|innocent) (?:mistake|slip|fling|thing|lapse|lie|affair|flirtation|bit|crush)s?', 'harmless', 'i only (?!(?:want|wish|hope|ask|need|care|ever)\\b)\\w+',
        'nothing more', 'that is all', 'barely anything', 'nothing serious', 'no big deal', 'not (?:a )?big deal', 'not (?:really )?(?:that|so|very) (?:bad|serious|big)',
        '(?:was|is) not as (?:bad|serious) as', 'not as serious as', 'not mean anything', 'meant nothing', 'bit of fun', 'not a big thing',
        '(?:mostly|mainly|basically|merely|only|just) (?:talking|texting|chatting|messages|friends|flirting)', '(?:a|one) (?:moment of weakness|weak moment)',
        '(?:lapse|error) (?:in|of) judge?ment', 'heat of the moment', 'overreact\\w*', 'out of proportion', 'making (?:such )?a (?:big )?deal', 'not (?:really )?(?:that )?serious',
      ].join('|'),
    ),
  },
  // The apology made conditional on the partner's feelings.
  {
    kind: 'conditional',
    pattern: w(
      [
        '(?:sorry|apologi[sz]e) (?:that )?if', 'sorry (?:that )?you (?:feel|felt|are|were|took|think|see)', 'apologi[sz]e for (?:however|any|whatever)',
        'sorry for any', '(?:may|might) have caused', '(?:sorry|regret) (?:that )?(?:you )?(?:found out|had to find out|had to hear)', '(?:i suppose|i guess|maybe|perhaps) i (?:hurt|upset|offended|let)', '(?:hurt|upset) your feelings', '(?:sorry|apologi[sz]e) (?:for|about) what happened', '^if (?:i|my|anything i|what i) .*(?:sorry|apologi[sz]e)',
      ].join('|'),
    ),
  },
  // The partner named as the cause.
  {
    kind: 'blame',
    pattern: w(
      [
        '(?:you|my partner|my wife|my husband) (?:made|drove|pushed|forced) me', 'if you had', 'if you would', 'if you did not(?= .*\\bi would\\b)', 'if you (?:were|was) (?:more|less|not)', 'had you (?:been|not)',
        'because you (?:were|would not|did not|never|always|kept|had|stopped|wanted|ignored|are)', '(?:partly|partially|also|half|just as much) your fault',
        'your fault too', 'we both (?:played|had|share|need|have|should|made)', 'both (?:of us )?(?:to blame|responsible)', 'both sides', 'it takes two', 'you should have (?:seen|known|noticed|been)',
        'you knew i was', 'you did nothing(?! to deserve)',
        // Habits of the partner's, not "if you never do" or "you never deserved this".
        'you never (?:listen|listened|talk|talked|wanted|want|cared|care|make|made|have time|had time|help|helped|notice|noticed|touch|touched|appreciate|appreciated|support|supported|said|tell|told)',
        'you always (?:assume|assumed|think|thought|nag|nagged|criticise|criticize|criticised|criticized|complain|complained|put|find|make|made|work|worked|were|had|blame|accuse|start|started)',
        'what was i supposed to do',
      ].join('|'),
    ),
    unless: test('because (?:of )?(?:i|me|my)|i (?:caused|gave you)'),
  },
  // Causes placed in the partner's conduct, without "because you".
  {
    kind: 'partner-conduct',
    ownable: true,
    pattern: w(
      [
        // Conduct that withdraws from the writer, not the partner's hurt ("you stopped feeling safe" is the harm done).
        `you (?:were|are) (?:never|always|so|too|hardly|rarely|not) (?:home|there|around|available|busy|distant|cold|away|working|critical|closed|wrapped up|interested)`,
        'you (?:stopped (?:touching|talking|caring|listening|wanting|trying|noticing|paying|making)|shut me|had no time|kept nagging|never wanted|ignored me|neglected me|rejected me|put your)',
        `your (?:\\w+ )?(?:temper|jealousy|coldness|nagging|distance|mood|moods|silence|criticism|attitude|behaviour|behavior|job|work)(?: \\w+){0,2} (?:made|pushed|drove|left|meant|kept)`,
        'the way you', 'with you (?:working|away|gone|never)', 'after (?:the baby came|you)', 'you had no time',
        'we had (?:drifted|grown) apart', '(?:the|our) (?:marriage|relationship) (?:had been|was|had|has been) (?:over|dead|dying|in trouble|failing|empty|broken)', 'we (?:drifted|grew) apart', '(?:things|it) had been (?:cold|bad|difficult|hard|distant) between us',
        'if (?:things|home|life|our marriage|our relationship|it) (?:at home )?had been',
      ].join('|'),
    ),
    unless: test('because (?:of )?(?:i|me|my)|i (?:caused|gave you)'),
  },
  // Someone else made the choice: the other person as the one who acted.
  {
    kind: 'others',
    negatable: true,
    pattern: w(
      [
        `${HE} (?:had been |was |were |kept |would )?(?:flirting|flirted|texting|messaging|calling|pursuing|chasing)`, `${HE} (?:came|come|had come|was coming) on`,
        `${HE} (?:started it|made it (?:clear|sound|seem)|would not leave|will not leave|needed someone|had been through)`, `${HE} (?:is|was) the one who`, `${HE} (?:seduced|tempted|pursued|manipulated|pressured|kissed) me`, `${HE} made me feel`, `${HE} (?:threw (?:herself|himself|themselves) at me|came onto me|would not take no|made the first move|started (?:things|flirting|texting))`,
        `${HE} (?:had )?(?:all )?told me (?:it|that it) was`, 'hard to say no', 'went along with it', 'did not know how to (?:stop|make|say)',
      ].join('|'),
    ),
  },
  // Excuses in general: the choice described as out of one's hands.
  {
    kind: 'excuse',
    negatable: true,
    pattern: w(
      [
        '(?:could|can) not help (?:it|myself)', 'lost control', `not (?:really )?(?:myself|me)`, '(?:alcohol|drink|drinking) talking', 'something had to give',
        'got out of hand', 'snapped', 'did not know what i was doing', 'only human', 'had no (?:other )?choice', 'it just happened', 'one thing led to another',
        'too \\w+ to think', 'could not think straight', 'caught up in', 'swept (?:up|away)', 'carried away', 'it is (?:complicated|not that simple|not black and white)',
        '(?:nobody|no one) is perfect', 'mistakes happen', '(?:not in )?my right mind', 'not thinking (?:straight|clearly)', 'out of my mind',
      ].join('|'),
    ),
    unless: test('not (?:going to )?(?:hide|pretend|say|claim|call|blame)'),
  },
  // A cause named (drinking, stress, loneliness): honest, and a question whether the choice is owned too.
  {
    kind: 'cause',
    negatable: true,
    ownable: true,
    modes: ['apology', 'self-compassion'],
    pattern: w(
      [
        `(?:i ${BE}|i had been|i felt|i was feeling|being) (?:so |too |really |very |that |completely |feeling )?${CAUSE}`, `(?:the|my) ${CAUSE_NOUN}`,
        `${CAUSE_NOUN} (?:was|got|took|made|is|had)`, 'work was (?:crushing|killing|too)', 'in a (?:dark|bad|low|terrible) place',
        'going through (?:a lot|so much|a hard|a rough|a difficult)', 'how i get when i (?:drink|am)',
      ].join('|'),
    ),
  },
  {
    kind: 'comparison',
    negatable: true,
    ownable: true,
    pattern: w(
      [
        '(?:lots of|plenty of|most|many|half (?:of )?(?:our|my|the)|other|so many) (?:people|couples|men|women|friends|guys|husbands|wives|marriages)',
        '(?:everyone|everybody) (?:does|makes|has|do)', 'anyone would (?:have )?(?:done|do)', 'would make anyone', 'most people would', 'at least i',
        'not (?:like|as if) i', '(?:is|was) not as if', 'could have been (?:a lot |much |far )?worse', '(?:far|much|a lot|even) worse', 'compared (?:with|to)',
        'as bad as', 'others (?:have|did|do)',
        '(?:everyone|everybody|every couple|all couples) (?:goes|go|has|have|gets|slips|cheats|lies|struggles|falls)',
      ].join('|'),
    ),
  },
  {
    kind: 'technicality',
    negatable: false,
    ownable: true,
    pattern: w(
      [
        'technically', 'strictly speaking', 'on a break', 'i never (?:actually )?lied', 'i did not (?:actually )?lie', '(?:just|simply|only) (?:did not|never) (?:tell|mention|say|bring)',
        'did not mention', 'bring it up', 'left (?:some|a few|parts|things|bits|that|it) (?:\\w+ )?out', 'never slept together', 'nothing (?:physical|happened)',
        'not physical', 'not really cheating', 'you (?:did not|never) ask(?:ed)?(?! for)', 'did not hide anything',
      ].join('|'),
    ),
  },
  // Agentless wording: the act with no one doing it.
  {
    kind: 'passive',
    ownable: true,
    pattern: w('(?:things|it all|it|everything) (?:just )?got (?:a bit |so |too )?(?:out of hand|complicated|messy)|(?:things|everything) (?:just )?happened|lines were crossed'),
  },
  {
    kind: 'pressure',
    pattern: w(
      [
        '(?:need|want|expect|hope|would like) (?:you|us|we) (?:can |could |to )?(?:be )?(?:forgive|over|move|get|put|trust|let|stop|done)',
        '(?:by|before) (?:the end of|christmas|summer|the holidays|the time|next|new year|spring)', 'by now',
        '(?:time to|should|need to|have to) (?:put (?:this|it) behind|move on|move past|get past|be over|let (?:it|this) go|stop)', 'time for (?:everyone|you|us) to',
        'how (?:much )?longer', 'can not keep (?:dwelling|bringing|going over|talking)', 'dwelling', 'move past', 'let (?:this|it) go', 'get over it', '(?:can|could) we (?:please )?(?:just )?(?:move on|forget)', 'just move on',
        'over it by', '(?:back|get back|go back) to (?:normal|how)', 'be a (?:normal |proper |real )?family again', 'sake', '(?:children|kids) need us',
        'stop bringing it up', 'forgive me (?:soon|by|quickly|already)', 'surely you', 'it has been (?:a year|\\w+ (?:months|years|weeks)|long enough|ages)',
        'done with this', '(?:this|it) quickly', 'you (?:have|need|ought) to (?:understand|see|admit|accept)', 'put (?:it|this|all this|all of this) behind us',
        'before the (?:wedding|holidays|baby|birthday|trip|move|summer)', 'dwell(?:ing)? on', 'keep going over', 'go over (?:it|this) again', 'rehash\\w*', 'let us (?:not|just|move|put|forget|try)', 'ruin everything', 'throw (?:it all|everything) away', 'drop (?:it|this|the subject)',
        '(?:need|want) you to (?:try harder|make more|do more|meet me|stop being)', '(?:kids|children) (?:deserve|need) (?:parents|us|a family)',
      ].join('|'),
    ),
    unless: test('long time|as long as|your (?:choice|pace|terms|time)|for you to decide|you decide|whether|no deadline|take all the time|whether or not|will not (?:ask|put|rush|push)'),
  },
  {
    kind: 'past',
    pattern: w(
      [
        'already (?:apologi[sz]ed|said (?:i am |i was )?sorry|told you i was sorry|talked|dealt|been through|went through)', '(?:said|told you) (?:i was )?sorry already',
        '(?:was|is) (?:all )?(?:years|a long time|months|ages) ago', 'years ago and', 'ancient history', 'in the past', 'not that person', 'dealt with (?:this|it)',
        '(?:that|it) was (?:the end|closed|over|behind us)', 'was the end of it', 'i (?:have|had) changed since', 'keep judging', 'a hundred times', 'what else do you want',
        'different person', '(?:said|say) (?:i am |i was )?sorry (?:so many|many|countless|enough|a dozen) times', 'apologi[sz]ed (?:so many|many|countless|enough) times', '(?:been )?punished enough', 'paid (?:enough|for it|my dues)', 'suffered enough',
      ].join('|'),
    ),
    unless: test('still (?:hurts|happening|real|with you)|for you it|not enough|does not (?:finish|excuse|end)|incomplete'),
  },
  {
    kind: 'intentions',
    negatable: true,
    ownable: true,
    pattern: w(
      [
        'i (?:never|did not) (?:mean|meant|intend|intended) (?:to|for)', 'never my intention', 'intentions were good', 'heart was in the right place',
        '(?:to|trying to|wanted to|was) (?:protect|protecting|spare|sparing|keep|save) (?:you|the peace|the family|our|us|everyone)', 'for your (?:own )?good',
        'so (?:that )?you would not (?:have to )?worry', 'did not want to (?:upset|worry|hurt|ruin|burden|lose)', 'trying to (?:save|keep|protect|do)',
        'i was only trying', 'meant well', 'i (?:never|did not) (?:plan|planned|want|wanted) (?:it|this|for it|for this|things) to',
        'so (?:that )?you would not (?:get hurt|be hurt|worry|be upset|have to know)', 'what you did not know',
        '(?:had no idea|did not (?:know|realise|realize|think)) (?:it|this|that) would (?:affect|hurt|matter|upset)',
      ].join('|'),
    ),
  },
  // One's own unmet needs offered as the reason.
  {
    kind: 'needs',
    ownable: true,
    pattern: w(
      [
        'i needed (?:someone|to feel|attention|affection|more|something|to be)', 'my needs', 'needs (?:were|was) (?:not|being|never) (?:met|ignored)',
        '(?:was|were) not getting (?:what i needed|that|enough|any)', 'i was (?:starved|starving|hungry|desperate) (?:of|for)', 'a (?:man|woman|person) has needs',
        'i (?:just )?wanted to feel', 'i deserved (?:to be|some|better|more|a little)', 'deserve to be happy', 'deserved to be happy',
        '(?:nobody|no one) (?:at home )?(?:appreciated|noticed|wanted|listened|cared)', 'without (?:intimacy|affection|sex|touch)', 'where i felt (?:valued|wanted|appreciated|seen)',
      ].join('|'),
    ),
  },
  // The forgiving-myself letter: self-forgiveness used to close the matter for the partner.
  {
    kind: 'closing',
    modes: ['self-compassion'],
    pattern: w(
      [
        'forgiven myself(?:,)? so', 'since i have forgiven', 'forgiving myself means i', '(?:should|should not|do not) have to keep', 'punished myself enough',
        'matter is settled', 'nothing left to apologi[sz]e', 'so (?:my partner|she|he|they|everyone|you) (?:should|can|must)', 'holding it against me',
        'nobody could blame me', 'suffered enough', 'so i can let it go',
      ].join('|'),
    ),
  },
];
