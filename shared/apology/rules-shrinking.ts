// Rules that shrink the act or take the choice out of it: minimising, the
// conditional sorry, "it just happened", causes, comparisons, technicalities
// and agentless wording.
import { BE, CAUSE, CAUSE_AGENT, CAUSE_NOUN, NOT_AS_CAUSE, type Rule, test, w } from './rule-kit.ts';

// What the act is called when it is told as an event: the subject of "happened", "started", "grew".
const ACT_NOUN = '(?:(?:the|that|this|our|my|what we had|the whole) (?:\\w+ )?(?:affair|relationship|thing|kiss|kissing|texting|texts|messages|messaging|flirting|flirtation|lying|lies|lie|cheating|friendship|betrayal|secret|spending|gambling|situation|night)|things|everything|something|stuff|some things|certain things|a few things)';
// Verbs that tell an act as an event: neutral ones ("it happened in the spring" only dates it, unless hedged: "it just happened"), and drifting ones.
const EVENT = '(?:happened|started|began|developed|came about|took place|turned out|carried on|progressed|evolved)';
const DRIFT = '(?:kept going|kept on|grew|escalated|crept|blossomed|snowballed|spiral+ed|turned into|went (?:too far|wrong|that far|further)|fell apart|came to (?:that|this)|got (?:worse|serious|physical|out of hand|out of control|complicated|messy))';
const HEDGE = '(?:just|sort of|kind of|somehow|simply|eventually|gradually|slowly|then|kind of just|sort of just)';

export const SHRINKING: readonly Rule[] = [
  {
    kind: 'minimising',
    negatable: true,
    // "I told you it meant nothing, and that was a lie": the small words are quoted to be owned.
    unless: test('(?:a|another) way (?:of|to) (?:hide|hiding|lie|lying|avoid|avoiding)|(?:and|but) (?:it|that|we|they|he|she|i) (?:was|were|is|are|did|had) not$|that was (?:another |a )?lie|was not true|(?:makes|made) (?:it|that) worse|my (?:last |first |earlier |previous |old )?(?:apology|apologies|promise|promises|word|words|sorry|vows?) (?:\\w+ )?meant nothing'),
    pattern: w(
      [
        '(?<!\\bthe )(?:just|only|merely|simply) (?:a bit|a few|a couple|a little|the once|a|an|one|once|some|talked|kissed|texted|flirted|lasted|been a|had a|emotional)',
        '(?:little|small|tiny|minor|silly|stupid|harmless|innocent) (?:mistake|slip|fling|thing|lapse|lie|affair|flirtation|bit|crush)s?', 'harmless', // Past acts only: "I only drink water now" is a commitment.
        'i only (?:\\w+ed|had|was|were|went|met|saw|spent|sent|took|told|said|slept|did|made|gave|left|kept|got|read|meant)',
        'nothing more', 'that is all', 'barely anything', 'nothing serious', 'no big deal', 'not (?:a )?big deal', 'not (?:really )?(?:that|so|very) (?:bad|serious|big)',
        '(?:was|is) not as (?:bad|serious) as', 'not as serious as', 'not mean anything', 'meant nothing', 'bit of fun', 'not a big thing',
        '(?:just|only) the (?:one|once|one time)', 'barely (?:lasted|happened|touched|knew)', '(?:mostly|mainly|basically|merely|only|just) (?:just )?(?:talking|texting|chatting|messages|friends|flirting)', '(?:a|one) (?:moment of weakness|weak moment)', 'moment of (?:madness|weakness|stupidity|insanity|craziness)', 'momentary lapse',
        '(?:may|might) have been (?:a (?:bit|little) |slightly |somewhat )?(?:dishonest|unfair|secretive|careless|thoughtless|selfish)', '(?:a bit|a little|slightly|somewhat) (?:dishonest|secretive|unfair|careless|economical with the truth)', '(?:sorry|apologi[sz]e) for my (?:part|share|role|side)',
        'overthink\\w*', '(?:it|that|this|she|he|they) (?:was|were|is) nothing(?= ,|$)', '(?:barely|hardly|does not|did not|would not|should not) (?:even |really )?counts?', 'such a (?:big|huge) deal', 'not (?:our|my|the) (?:life savings|whole savings|house|mortgage)', '(?:only )?a (?:few|couple of) (?:hundred|quid|pounds|dollars|euros|bucks)', '(?:not like|as if) (?:it|this|that) (?:changed|mattered|affected|hurt)', '(?:did not|never) (?:change|affect) anything', 'why (?:it is|this is|it was|you are making) (?:such |so )?(?:a )?(?:big|huge) (?:deal|thing)', '(?:went|goes|go|led) nowhere', '(?:did not|never) (?:go|went|lead|led) (?:anywhere|any further|further|beyond)', 'reading too much into', '(?:blow|blowing|blew) (?:it|this|things) (?:up|out of proportion)', '(?:only|just) (?:\\w+ )?(?:once|twice|a few times|a couple of times)',
        '(?:lapse|error) (?:in|of) judge?ment', 'not (?:a |such a |that )?(?:huge|big|large|great|serious) (?:amount|sum|deal|thing|relationship)',
        'when you (?:look at|think about|put) (?:it|what|things)', '(?:is|was) not (?:like|as if) (?:it|this|that|we) (?:was|were|is|meant)', '(?:a little|a bit) too (?:far|long|much|friendly)',
        'some (?:flirting|texting|messages|kissing|chatting)',
        // Measures that shrink the act: "hardly ever more than", "a handful of coffees at most", "the odd drink".
        '(?:no|never|nothing|not much|little|hardly|barely|scarcely)(?: ever| even)? more than', 'not the end of the world',
        '(?:it|that|this) (?:was|is) (?:just |only )?(?:one|a single) (?:night|time|kiss|date|dinner|drink|evening|weekend|message|text|mistake|slip)', '(?:acting|act|acts|behaving|carrying on|reacting) (?:like|as if|as though)', 'or anything',
        'not (?:a |an )?(?:proper|real|full|full blown|actual|serious) (?:affair|relationship|cheating|thing|betrayal)', '(?:made|it was) (?:one|a single) (?:bad |stupid |wrong )?(?:choice|mistake|decision)(?! after)', '(?:hardly|barely|scarcely) (?:ever )?(?:anything|any|a)', 'a (?:bit|little bit) of (?:fun|shouting|flirting|texting|chatting|harmless)',
        '(?:we|i|it|he|she|they) barely (?:saw|knew|met|spoke|talked|touched|lasted|happened|kissed|did)', '(?:only |just )?a handful of (?:coffees|texts|messages|times|drinks|dates|kisses|calls|lunches|meetings|emails|nights|photos)', 'at (?:the )?most(?= ,|$)', 'the odd (?:drink|kiss|text|message|lie|night|time|coffee)', '(?:a )?few (?:harsh|angry|cross) words', 'white lie', 'one off', 'one time thing', '(?<=(?:is|was) )(?:just|only) (?:\\w+ )?(?:money|sex|words|talk|texts|messages|fun|flirting|a kiss)', 'borrowed (?:a bit|some|a little)', 'heat of the moment', 'overreact\\w*', 'out of proportion', 'making (?:such )?a (?:big )?deal', 'not (?:really )?(?:that )?serious',
        // The partner said to enlarge it, or one act said not to count against a whole record.
        '(?:making|make|made|blowing|blown) (?:it|this|that|things) (?:\\w+ ){0,2}(?:bigger|worse|more) than (?:it|this|that) (?:was|is|really was)',
        '(?:one|a single|one bad|one stupid) (?:mistake|slip|night|lapse|decision|choice|moment) (?:should not|does not|will not|can not|should never|need not) define', 'good (?:partner|husband|wife|father|mother|dad|mum|mom|man|woman|person) in every other way', '(?:a |one )?drunken (?:mistake|kiss|night|fumble|moment|one night|slip)',
      ].join('|'),
    ),
  },
  // The apology made conditional on the partner's feelings.
  {
    kind: 'conditional',
    // "I'm not sorry that you found out; I'm sorry that I did it."
    negatable: true,
    // "…; I should have told you myself": saying what one should have done answers it.
    unless: test('i should have (?:told|said|come|been honest)'),
    pattern: w(
      [
        '(?:sorry|apologi[sz]e) (?:that )?if', 'sorry (?:that )?you (?:feel|felt|are|were|took|think|see|had to (?:go through|deal with|see|hear|experience|live with))', 'sorry for the (?:part|parts|bits?) (?:of it )?that (?:hurt|upset)', '(?:sorry|apologi[sz]e) (?:for|about) (?:how|the way) (?:things|it|everything) (?:went|turned out|happened|ended)', '(?:sorry|apologi[sz]e) for (?:however|any|whatever|anything)',
        'sorry for any', '(?:sorry|apologi[sz]e) (?:that |if )?(?:it|that|this|what i did|my \\w+) (?:came|comes|come) across', '(?:sorry|apologi[sz]e) (?:that |if )?(?:it|that|this) (?:felt|seemed|sounded|looked) (?:like|as if|as though)', '(?:may|might) have caused', '(?:sorry|regret) (?:that )?(?:you )?(?:found out|had to find out|had to hear)', '(?:i suppose|i guess|maybe|perhaps) i (?:hurt|upset|offended|let)', '(?:hurt|upset) your feelings', '(?:sorry|apologi[sz]e) (?:for|about) what happened', '^if (?:i|my|anything i|what i) .*(?:sorry|apologi[sz]e)', '^if you (?:were|are|feel|felt|got|have been|took|think|thought|saw) .*(?:sorry|apologi[sz]e|regret)',
        '^should (?:my|i|anything|what) .*(?:caused|hurt|upset|offended)', '(?:to (?:whatever|any|the|some) extent|insofar as|in so far as|inasmuch as)(?: that)? (?:you|my|i|it|this|that|what)', 'caused (?:you )?any (?:pain|hurt|harm|distress|upset)', '(?:may|might) have (?:brought|given|done|created)(?: you)?', '(?:regret|sorry for|apologi[sz]e for) any (?:pain|hurt|harm|upset|distress|offen[cs]e)',
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
        'got out of hand', 'snapped', 'did not know what i was doing', 'only human', 'had no (?:other )?choice', 'it just happened', 'one thing (?:led to|followed) (?:another|the next)', '(?:it|she|he|they|temptation|trouble) found me', 'what (?:choice|option|else) (?:did|do) i (?:have|do)', '(?:was|were) always going to happen', '(?:bound|sure) to happen', 'did not go looking for (?:it|this|trouble|anyone|her|him|them)', 'would have (?:found out|happened|come out) anyway',
        'too \\w+ to think', 'could not think straight', 'caught up in', 'swept (?:up|away)', 'carried away', 'it is (?:complicated|not that simple|not black and white)',
        '(?:nobody|no one) is perfect', '(?:takes|took) over (?:before|and)', 'before i (?:can|could) (?:stop|think|help)', 'mistakes happen', '(?:not in )?my right mind', '(?:could not|can not|could never) (?:say no|refuse|resist|turn (?:it|them|her|him) down)', '(?:did not|never) (?:think|realise|realize|feel) (?:that )?(?:we|i) (?:were|was) (?:hurting (?:anyone|anybody)|doing anything wrong|doing (?:any )?harm)', '(?:nothing|none of it) (?:\\w+ ){0,4}felt real', '(?:had|was having|was on the verge of) a (?:breakdown|mental breakdown|crisis|meltdown|panic attack)', '(?:was|is) not (?:all|only|just|entirely) (?:on me|my fault|mine)', '(?:was|is) not (?:\\w+ )?my fault', 'not thinking (?:straight|clearly)', 'out of my mind',
        // Bound to come out, too fast to see, nobody's fault, "you": the choice told as no one's.
        'would have (?:found out|happened|come out|ended|fallen apart|come to light|gone wrong)(?: \\w+){0,4} (?:anyway|regardless|either way|sooner or later|eventually)', 'before i (?:knew|realised|realized|understood) what (?:was happening|i was doing|was going on)',
        '(?:none|no part|nothing) of (?:this|it|that|what happened) (?:was|is) (?:really |truly |entirely )?my fault', '(?:is|are|was|were) not (?:really )?(?:yourself|you)(?= ,|$)', '(?:a )?victim of (?:circumstance|circumstances|my circumstances|my upbringing|the situation)', '(?:felt|seemed|looked) like (?:the|my) only (?:way out|option|escape|choice|way)', 'would have (?:found|got|gotten) (?:some |another )?(?:other )?way', 'i (?:figured|thought|assumed|guessed) (?:it|that|this) was (?:fine|okay|ok|alright|harmless|allowed|no big deal)',
      ].join('|'),
    ),
    unless: test('not (?:going to )?(?:hide|pretend|say(?! no)|claim|call|blame)'),
  },
  // A cause named (drinking, stress, loneliness): honest, and a question whether the choice is owned too.
  {
    kind: 'cause',
    negatable: true,
    ownable: true,
    modes: ['apology', 'self-compassion'],
    pattern: w(
      [
        `(?:i ${BE}|i had been|i felt|i was feeling|(?<!\\b(?:you|her|him|them|she|he|they) )being) (?:so |too |really |very |that |completely |feeling )?${CAUSE}`, `${NOT_AS_CAUSE}(?:the|my) ${CAUSE_NOUN}`,
        `${NOT_AS_CAUSE}${CAUSE_NOUN} (?:was|got|took|made|is|had)`,
        // The cause as the one that acted: "work had me so wound up", "the grief was behind most of it".
        `${CAUSE_AGENT}(?: \\w+){0,3} (?:had|made|makes|got|left|drove|pushed|led|sent|wound|tied|tangled|turned|changed|consumed|swallowed|controlled|ruled|broke|blinded) me`, 'had (?:had )?(?:a |such a )?(?:terrible|awful|horrible|bad|rough|long|hard|horrendous) (?:day|week|night|year|month)', '(?:was|were|is|are) behind (?:most |all |much |a lot )?(?:of )?(?:it|this|that|what i did|everything)', 'work was (?:crushing|killing|too)', 'in (?:a|such a|so|a really|a very) (?:dark|bad|low|terrible|awful|horrible) (?:place|way|state)', '(?:was|were) (?:crushing|killing|drowning|suffocating|overwhelming) me', 'i panicked',
        'going through (?:a lot|so much|a hard|a rough|a difficult)', 'had (?:had )?(?:a lot|too much|a few|loads|plenty) to drink', 'my (?:head|mind) (?:was|had been) (?:all over the place|a mess|not in a good place|not right|somewhere else|elsewhere)', '(?:losing|lost) my (?:job|mum|mom|dad|father|mother|business|best friend)', '(?:comes|came) from my (?:father|mother|dad|mum|mom|parents|childhood|family|upbringing)',
        'growing up (?:the way i did|as i did|like i did|in|with)',
        // The general "you" of a state: "when you're that depressed you stop thinking".
        `when (?:you|people|anyone|someone) (?:are|is|get|gets|feel|feels|have been|has been) (?:that |so |really |very |as |like )?${CAUSE}`, 'had (?:had )?(?:a few|too many|several|a couple of|some|a lot of|loads of) drinks', 'the way i was (?:raised|brought up)', 'i never learned (?:how )?to', 'how i get when i (?:drink|am)',
      ].join('|'),
    ),
  },
  {
    kind: 'comparison',
    negatable: true,
    ownable: true,
    // Others named as the ones who did not do it ("plenty of people face stress without lying") set the act apart, not make it ordinary.
    unless: test('(?:not|none of) my business|(?:does not|do not) matter what (?:other|others|anyone)|(?:most people|everyone|anyone|people) would (?:call|consider|see) (?:it|this|that|what i did)|your (?:decision|choice|call)|up to you|for you to decide|(?:people|couples|men|women|others|friends|guys) (?:\\w+ ){0,8}?(?:without (?:lying|cheating|betraying|hiding|gambling|drinking|straying|turning)|(?:do|does|did) not (?:\\w+ )?(?:cheat|lie|betray|hide|gamble|drink|stray|turn|go behind|have affairs|do (?:it|that|this|what i did))|never (?:cheat|lie|betray|hide|stray))'),
    pattern: w(
      [
        '(?:lots of|loads of|tons of|heaps of|a lot of|plenty of|millions of|most|many|half (?:of )?(?:our|my|the)|other|so many) (?:people|couples|men|women|friends|guys|husbands|wives|marriages)', 'half the (?:world|country|town|people|guys|men|women|couples)',
        // The act made ordinary: "pretty normal", "hardly unusual", "nobody even calls it cheating".
        'the kind of thing (?:\\w+ ){0,3}(?:people|everyone|couples|men|women|guys) do', '(?:pretty|perfectly|completely|totally|quite|fairly|so|very) normal', '(?:hardly|not exactly|not that|not really) (?:unusual|uncommon|rare|out of the ordinary)',
        '(?:nobody|no one|people do not|people would not) (?:even |would |would even )?(?:calls?|considers?|counts?|thinks? of) (?:it|that|this) (?:as )?(?:cheating|an affair|lying|betrayal|a big deal|a crime)', '(?:everyone|everybody|people|couples|nobody) (?:\\w+ ){0,4}these days', 'these days (?:everyone|everybody|people|couples|nobody)', '(?:everyone|everybody|all of them|they all) (?:\\w+ ){0,4}(?:was|were) doing it', '(?:was|is) (?:practically |basically |just )?the culture', 'what (?:real|actual|proper) (?:betrayal|cheating|abuse|lying) (?:looks|is)', '(?:friends|mates|colleagues|neighbours|neighbors|people|couples) (?:\\w+ ){0,2}(?:cheat|lie|flirt|do (?:it|this|that|worse))(?: \\w+){0,3} all the time', '(?:nobody|no one) (?:even )?(?:bats an eye|blinks|cares|minds)', '(?:not|hardly|far from|not exactly) the (?:first|only|last) (?:person|man|woman|one|guy|husband|wife|partner|couple)',
        '(?:everyone|everybody) (?:does|makes|has|do|is done|has done|has made)', '(?:anyone|anybody|everyone|everybody|most people|others) (?:\\w+ ){1,4}would (?:have )?(?:done|do|made|make) the same', 'in my (?:position|shoes|place|situation)', 'anyone would (?:have )?(?:done|do|look|looked|turn|turned|go|gone|cracked|snapped|broken|given in|caved|struggled|fallen|slipped|lost it)', 'would make anyone', 'most people would', 'at least i',
        '(?:not|hardly|it is not|it is hardly) (?:like|as if) i', '(?:is|was) not as if', '(?:not|hardly|far from|nowhere near) the worst (?:thing|that|someone|anyone|husband|wife|partner|man|woman|person|boyfriend|girlfriend|father|mother|dad|mum|mom)', '(?:forgiven|forgave|put up with|tolerated|accepted) (?:much |far |a lot )?worse', 'worse things (?:happen|have happened|people do)',
        '(?:my|our|your) (?:best )?(?:brother|sister|dad|father|mum|mom|mother|friend|friends|mate|mates|boss|colleague|colleagues|workmates|cousin|uncle|parents|neighbour|neighbor)s? (?:\\w+ ){0,2}(?:cheated|cheats|cheating|lied|lies|lying|had an affair|having an affair|has had|did (?:worse|the same|it)|does (?:it|the same|worse))(?! to me)', 'could have been (?:a lot |much |far )?worse', '(?:far|much|a lot|even|way|so much|loads) worse', 'compared (?:with|to)',
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
        'technically', 'strictly', 'i (?:did not|never) (?:say|said|promise|promised) [^,]*, i (?:only )?(?:said|promised)', '(?:did not|never) (?:need|have) to tell you', 'on a break', 'i never (?:actually )?lied', 'i did not (?:actually )?lie', '(?:just|simply|only) (?:did not|never) (?:tell|mention|say|bring|show|volunteer|share|point|correct)',
        '(?:nothing|not one thing|not a word|none) (?:of what )?(?:i|that i) (?:said|told you) was (?:\\w+ )?(?:false|untrue|a lie)', 'everything i (?:said|told you) was (?:\\w+ )?true', 'answered (?:exactly |only |just |precisely )?(?:what|the question) you (?:asked|put)', '(?:only|just) answered (?:what|the question)',
        'did not mention', '(?:never|not|did not) (?:\\w+ )?(?:bring|brought) (?:it|this|that|her|him) up',
        'i (?:did not|never) (?:actually )?(?:hide|hid|conceal|concealed|delete|deleted)(?: \\S+){1,3} (?:,|;) (?:they|it|the \\w+|everything) (?:were|was|is|are)', 'left (?:some|a few|parts|things|bits|that|it) (?:\\w+ )?out', 'never slept together', 'nothing (?:physical|happened)',
        'not (?:a |an )?physical', 'depends (?:on )?(?:what|how) you (?:mean|call|count|define|look)', 'what (?:do )?you (?:mean|call|count) (?:as|by) (?:cheating|an affair|lying)',
        // "I didn't delete anything, I just archived the chats": a denial, then the lesser act that was "just" done.
        'i (?:did not|never) (?:\\w+ ){1,3}(?:,|;) (?:i )?(?:just|only|simply|merely) ', '(?:was|is) not (?:a |an |really )?(?:date|affair|relationship|cheating|lying|a lie)(?: ,| ;) (?:we|i|it) (?:just|only|simply|merely)',
        'i (?:did not|never) (?:say|said|claim|claimed|promise|promised)(?: that)? i (?:was not|would not|had not|did not|was|had|would)(?! sorry)', '(?:never|not) (?:actually|technically|strictly|exactly) (?!(?:think|thought|care|cared|consider|considered|ask|asked)\\b|(?:told|tell) you (?:the truth|everything))\\w+(?!(?: \\w+){0,2} well\\b)',
        '(?:did not|never|not) (?:give|tell|show) (?:you )?(?:the )?(?:whole|full|complete) (?:picture|story|truth)', '(?<=, )which (?:was|is) (?:technically |partly )?true', 'i was not (?:lying|a liar)', 'not really cheating', 'you (?:did not|never) ask(?:ed)?(?! for)', 'did not hide anything', 'you (?:just )?assumed', '(?:for|during) (?:part|some) of the (?:evening|night|day|time|weekend|trip)', 'not (?:at|by) that (?:point|stage|time)',
        '(?:never|not|if you had|had you|if you would have) (?:\\w+ )?asked (?:me )?directly',
        // An omission said not to be a lie: "leaving it out isn't the same as lying".
        'not (?:a lie|lying|cheating) (?:exactly|technically|as such|really)', 'more like i (?:did not|just|only|never)', 'not (?:really |quite |exactly |actually |technically )?the same (?:thing )?as (?:lying|a lie|cheating|an affair|being unfaithful|deceiving|betrayal)', '(?:not telling|not mentioning|not saying|leaving|keeping|omitting|withholding|deleting|hiding) (?:\\w+ ){0,3}(?:is|was|are|were) not (?:really |technically |exactly )?(?:lying|a lie|cheating|dishonest|deceiving)', 'not (?:officially|properly|exclusively|technically) (?:together|a couple|dating|married|exclusive)', '(?:were|was) (?:separated|on a break|not together|not exclusive) (?:at the time|then|yet)',
        // What was said set against what was "only" said: "I never said I'd stopped; I said I was cutting down."
        'i (?:never|did not) (?:actually |exactly |really |ever |once )?(?:say|said|promise|promised|tell you|told you|claim|claimed|agree|agreed|swear|swore)(?: \\S+){1,12}? (?:i (?:only |just |merely )?(?:said|told you|promised|agreed|meant|claimed)|only that|just that|only to|just to|merely that)', 'you asked (?:me )?(?:if|whether) [^,]*, and i (?:had|did|was|have) not',
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
  // Agentless wording: the act with no one doing it, or told as an event that happened by itself
  // ("the affair sort of happened", "our friendship turned into something else"); the writer acting
  // elsewhere in the sentence ("…because I texted him") answers it.
  {
    kind: 'passive',
    ownable: true,
    actorAnswers: true,
    pattern: w(
      [
        '(?:things|it all|it|everything) (?:just )?got (?:a bit |so |too )?(?:out of hand|complicated|messy)', '(?:things|everything) (?:just )?happened', 'lines were crossed', '(?:ended|wound) up (?:being )?(?:\\w+ed|broken|lost|gone|spent|torn)',
        `(?:${ACT_NOUN}) (?:${HEDGE} )*(?:${EVENT}|${DRIFT})`, `it(?: all)? (?:${HEDGE} )+${EVENT}`, `it(?: all)? (?:${HEDGE} )*${DRIFT}`,
        '(?:went|gone|go) missing', '(?:it|this|that|things|the \\w+) (?:\\w+ )?(?:started|began) (?:out )?as (?:a |an )?(?:joke|friendship|friends|nothing|innocent|harmless|bit of fun|laugh|game|chat)', '(?:money|cash|savings|funds) (?:had )?(?:gone|went|came|disappeared) out of', '(?<!\\bi )(?:disappeared|vanished)',
      ].join('|'),
    ),
  },
];
