// Rules that shrink the act or take the choice out of it: minimising, the
// conditional sorry, "it just happened", causes, comparisons, technicalities
// and agentless wording.
import { BE, CAUSE, CAUSE_NOUN, type Rule, test, w } from './rule-kit.ts';

export const SHRINKING: readonly Rule[] = [
  {
    kind: 'minimising',
    negatable: true,
    // "I told you it meant nothing, and that was a lie": the small words are quoted to be owned.
    unless: test('(?:a|another) way (?:of|to) (?:hide|hiding|lie|lying|avoid|avoiding)|that was (?:another |a )?lie|was not true|(?:makes|made) (?:it|that) worse'),
    pattern: w(
      [
        '(?:just|only|merely|simply) (?:a bit|a few|a couple|a little|the once|a|an|one|once|some|talked|kissed|texted|flirted|lasted|been a|had a|emotional)',
        '(?:little|small|tiny|minor|silly|stupid|harmless|innocent) (?:mistake|slip|fling|thing|lapse|lie|affair|flirtation|bit|crush)s?', 'harmless', 'i only (?!(?:want|wish|hope|ask|need|care|ever)\\b)\\w+',
        'nothing more', 'that is all', 'barely anything', 'nothing serious', 'no big deal', 'not (?:a )?big deal', 'not (?:really )?(?:that|so|very) (?:bad|serious|big)',
        '(?:was|is) not as (?:bad|serious) as', 'not as serious as', 'not mean anything', 'meant nothing', 'bit of fun', 'not a big thing',
        '(?:just|only) the (?:one|once|one time)', 'barely (?:lasted|happened|touched|knew)', '(?:mostly|mainly|basically|merely|only|just) (?:just )?(?:talking|texting|chatting|messages|friends|flirting)', '(?:a|one) (?:moment of weakness|weak moment)',
        '(?:lapse|error) (?:in|of) judge?ment', 'not (?:a |such a |that )?(?:huge|big|large|great|serious) (?:amount|sum|deal|thing|relationship)',
        'when you (?:look at|think about|put) (?:it|what|things)', '(?:is|was) not (?:like|as if) (?:it|this|that|we) (?:was|were|is|meant)', '(?:a little|a bit) too (?:far|long|much|friendly)',
        'some (?:flirting|texting|messages|kissing|chatting)', 'white lie', 'one off', 'one time thing', '(?<=(?:is|was) )(?:just|only) (?:\\w+ )?(?:money|sex|words|talk|texts|messages|fun|flirting|a kiss)', 'borrowed (?:a bit|some|a little)', 'heat of the moment', 'overreact\\w*', 'out of proportion', 'making (?:such )?a (?:big )?deal', 'not (?:really )?(?:that )?serious',
      ].join('|'),
    ),
  },
  // The apology made conditional on the partner's feelings.
  {
    kind: 'conditional',
    pattern: w(
      [
        '(?:sorry|apologi[sz]e) (?:that )?if', 'sorry (?:that )?you (?:feel|felt|are|were|took|think|see)', '(?:sorry|apologi[sz]e) for (?:however|any|whatever)',
        'sorry for any', '(?:may|might) have caused', '(?:sorry|regret) (?:that )?(?:you )?(?:found out|had to find out|had to hear)', '(?:i suppose|i guess|maybe|perhaps) i (?:hurt|upset|offended|let)', '(?:hurt|upset) your feelings', '(?:sorry|apologi[sz]e) (?:for|about) what happened', '^if (?:i|my|anything i|what i) .*(?:sorry|apologi[sz]e)', '^if you (?:were|are|feel|felt|got|have been|took|think|thought|saw) .*(?:sorry|apologi[sz]e|regret)',
        '^should (?:my|i|anything|what) .*(?:caused|hurt|upset|offended)', 'caused (?:you )?any (?:pain|hurt|harm|distress|upset)',
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
        '(?:nobody|no one) is perfect', '(?:takes|took) over (?:before|and)', 'before i (?:can|could) (?:stop|think|help)', 'mistakes happen', '(?:not in )?my right mind', 'not thinking (?:straight|clearly)', 'out of my mind',
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
        'going through (?:a lot|so much|a hard|a rough|a difficult)', '(?:comes|came) from my (?:father|mother|dad|mum|mom|parents|childhood|family|upbringing)',
        'growing up (?:the way i did|as i did|like i did|in|with)', 'the way i was (?:raised|brought up)', 'i never learned (?:how )?to', 'how i get when i (?:drink|am)',
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
        '(?:everyone|everybody) (?:does|makes|has|do|is done|has done|has made)', 'anyone would (?:have )?(?:done|do|look|looked|turn|turned|go|gone)', 'would make anyone', 'most people would', 'at least i',
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
        'technically', 'strictly', 'i (?:did not|never) (?:say|said|promise|promised) [^,]*, i (?:only )?(?:said|promised)', '(?:did not|never) (?:need|have) to tell you', 'on a break', 'i never (?:actually )?lied', 'i did not (?:actually )?lie', '(?:just|simply|only) (?:did not|never) (?:tell|mention|say|bring)',
        'did not mention', 'bring it up', 'left (?:some|a few|parts|things|bits|that|it) (?:\\w+ )?out', 'never slept together', 'nothing (?:physical|happened)',
        'not physical', '(?:never|not) (?:actually|technically|strictly|exactly) (?!(?:think|thought|care|cared|consider|considered|ask|asked)\\b|(?:told|tell) you (?:the truth|everything))\\w+(?!(?: \\w+){0,2} well\\b)',
        '(?:did not|never|not) (?:give|tell|show) (?:you )?(?:the )?(?:whole|full|complete) (?:picture|story|truth)', '(?<=, )which (?:was|is) (?:technically |partly )?true', 'i was not (?:lying|a liar)', 'not really cheating', 'you (?:did not|never) ask(?:ed)?(?! for)', 'did not hide anything', 'you (?:just )?assumed', '(?:for|during) (?:part|some) of the (?:evening|night|day|time|weekend|trip)', 'not (?:at|by) that (?:point|stage|time)',
        'asked (?:me )?directly', 'you asked (?:me )?(?:if|whether) [^,]*, and i (?:had|did|was|have) not',
      ].join('|'),
    ),
  },
  // Drift: "I ended up…" tells the act as where one arrived, not as steps chosen.
  {
    kind: 'drift',
    negatable: true,
    ownable: true,
    pattern: w('(?:i|we) (?:just |somehow |eventually )?(?:ended|wound) up|(?:it|things) (?:just )?(?:drifted|slid) into|(?:slipped|drifted) into (?:it|an affair|a relationship|lying)'),
  },
  // Agentless wording: the act with no one doing it.
  {
    kind: 'passive',
    ownable: true,
    pattern: w('(?:things|it all|it|everything) (?:just )?got (?:a bit |so |too )?(?:out of hand|complicated|messy)|(?:things|everything) (?:just )?happened|lines were crossed|(?:ended|wound) up (?:being )?(?:\\w+ed|broken|lost|gone|spent|torn)|(?:things|it|everything|it all) (?:just )?(?:escalated|spiral+ed|went (?:too far|wrong)|turned out|fell apart|came to (?:that|this))'),
  },
];
