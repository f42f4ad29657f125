// Rules that move the cause onto someone else: the partner (by name or by
// their conduct), the other person, or one's own unmet needs.
import { HE, type Rule, test, w } from './rule-kit.ts';

export const BLAMING: readonly Rule[] = [
  // The partner named as the cause.
  {
    kind: 'blame',
    pattern: w(
      [
        '(?:you|my partner|my wife|my husband) (?:made|drove|pushed|forced) me', 'if you had', 'if you would(?! (?:like|prefer|rather|want))', 'if you did not(?= .*\\bi would\\b)', 'if you (?:were|was) (?:more|less|not)', 'had you (?:been|not)',
        'because you (?:were|would not|did not|never|always|kept|had|stopped|wanted|ignored|are)', '(?:partly|partially|also|half|just as much) (?:your fault|on you)', 'on you too', 'you (?:started|began|were the first to) (?:pulling|pushing|drifting|shutting|pull|push|drift|shut)', '(?:pulling|pushing|drifting) away first',
        'you (?:knew|saw) how (?:lonely|unhappy|miserable|desperate|unhappy) i was', 'you (?:make|made) it (?:impossible|so hard|hard|difficult) (?:for me )?to',
        'you (?:were|are) the one who (?:stopped|started|pushed|left|wanted|pulled|shut|went|ignored|never|always)',
        'your fault too', 'we both (?:played|had (?:a |our |some )?(?:part|hand|role|share|faults|problems|issues|blame)|share|need|have|should|made)', 'both (?:of us )?(?:to blame|responsible)', 'both sides', 'it takes two', 'you (?:should|must|had to) have (?:seen|known|noticed|been|guessed|suspected|realised|realized)',
        'you knew i was', 'you did nothing(?! to (?:deserve|cause|earn|bring|provoke))',
        // The blame shared out: "you weren't innocent either", "you share some of the blame", "you can't put all of this on me".
        'put (?:all (?:of )?)?(?:this|it|the blame|everything) on me', '(?:were|are) not (?:innocent|blameless|a saint|perfect|without fault)(?: in (?:this|it|all this))?(?: either)?', '(?:share|shares|have|has|own|carry) (?:some|part|a share|your share|half) of (?:the )?(?:blame|responsibility)', '(?:some|part|half) of the blame', 'we were both (?:unhappy|miserable|to blame|at fault|lonely)', 'to be fair(?! to you)', '(?:half|part|some|most|a lot) of (?:this|it|that|the blame|what happened) (?:is|was|falls|sits) on you', '(?:do not|never) (?:complain|moan|act surprised)', 'you (?:wanted|asked for) (?:the truth|honesty)(?: ,)? so', 'you (?:are|were) the (?:reason|cause)(?! i (?:wanted|want|tried|try|stayed|got|keep|kept going))', 'as much (?:your|you) (?:fault|doing|responsibility|blame) as (?:mine|me)', '(?:your|you) (?:fault|doing) (?:as much|just as much|as well)', 'you know (?:full well |perfectly well |exactly |very well )?why i (?:did|do|lied|cheated|went|strayed)', 'you (?:were|are) not (?:\\w+ )?(?:happy|honest|faithful|easy|perfect|innocent|there for me)(?: \\w+)? (?:either|yourself)', '(?:throw|throwing|threw) (?:it|this|that) (?:back )?in my face', 'you (?:\\w+ )?(?:hurt|betrayed|lied to|cheated on|wronged) me (?:first|too|as well)',
        // Habits of the partner's, not "if you never do" or "you never deserved this".
        '(?<!\\bif )you (?:had |have )?never (?:once |even |really |ever )?(?:asked (?:me )?(?:how|about)|took|trusted|trust|believed|gave me(?! (?:a |any )?(?:reason|cause)(?: to (?:lie|cheat|doubt|hurt|do|stray|betray)| ,|$))|give me|showed me|show me|made time|listen|listened|talk|talked|wanted|want|cared|care|make|made|have time|had time|help|helped|notice|noticed|touch|touched|appreciate|appreciated|support|supported|said|tell|told)',
        'you always (?:took|take|sided|assume|assumed|think|thought|nag|nagged|criticise|criticize|criticised|criticized|complain|complained|put|find|make|made|work|worked|were|had|blame|accuse|start|started)',
        'what was i supposed to do', 'because i (?:knew|thought|figured) you would', 'you know how you (?:get|are|can be|react)', 'you (?:left|gave) me no (?:choice|option)',
        'you brought (?:this|it) on',
        // The partner as the one who made honesty hard or lying easy, or who pushed until the writer gave way.
        'you (?:\\w+ ){0,2}(?:made|make) (?:it|lying|things|telling|honesty|the truth|hiding) (?:\\w+ ){0,3}(?:hard|harder|difficult|impossible|easy|easier|simpler)',
        'you (?:kept (?:on )?)?(?:push|nagg|pressur|provok|goad|needl|critici[sz]|badger|hound|ignor)\\w*(?: \\w+){0,4} until i',
        // Scores settled: "that makes us even", "you did it first".
        '(?:makes?|made) us (?:even|square|quits)', 'we are (?:even|square|quits)', 'evens? (?:it|things) out', 'you (?:did|said) it first', 'you pushed me (?:away|to|into)', 'after everything you', 'what did you expect',
      ].join('|'),
    ),
    // "Because I…" owns the cause, unless it is only what I expected of the partner ("because I knew you'd…").
    // …nor a wish about the partner that says the writer would have done wrong anyway ("if you had asked, I would have lied again").
    unless: test('because (?:of )?(?:i|me|my)(?! (?:knew|thought|figured) you)|i (?:caused|gave you)|i would (?:still |probably |just )?have (?:lied|hidden|kept|done (?:it|the same)|gone|cheated)|i repaid|and (?:yet )?i still|(?:nothing|none of|no part of) (?:about |of )?(?:you|what you)'),
  },
  // Causes placed in the partner's conduct, without "because you".
  {
    kind: 'partner-conduct',
    ownable: true,
    wrongActAnswers: true,
    pattern: w(
      [
        // Conduct that withdraws from the writer, not the partner's hurt ("you stopped feeling safe" is the harm done).
        `you (?:were|are) (?:never|always|so|too|hardly|rarely|not|constantly|forever) (?:home|there|around|available|busy|distant|cold|away|working|critical|closed|wrapped up|interested|at work|out|off|on your (?:phone|laptop|computer)|glued)`, 'you were (?:always |constantly |forever )?glued to',
        'with you (?:always |constantly )?(?:at|on|out|off|glued|busy)', 'you (?:had been|were|had) (?:\\w+ ){1,8}before (?:anything|it|this|any of this) (?:happened|started|began)', 'you (?:had |have )?lost (?:all )?(?:interest|patience) (?:in|with) me', 'on my (?:case|back)', 'all you (?:ever )?(?:cared|thought|talked|worried) about',
        'you (?:had been|have been|were|had become|became|got|had got|are) (?:so |really |very |more and more |increasingly |always |never )?(?:cold|distant|closed off|critical|dismissive|absent|withdrawn|checked out|unavailable|unaffectionate)',
        'you (?:spent|were spending) (?:every|all|most) (?:\\w+ )?(?:evening|night|weekend|day)s? (?:with|at|on)', 'left me (?:on my own|alone|by myself)', 'long before (?:she|he|they) (?:came along|came into|turned up|showed up)',
        // Habits of the partner's told as what the writer met: "every time I tried to talk, you'd turn on the TV".
        'every time i (?:tried|wanted|asked|reached|came)(?: \\w+){0,4}(?: ,)? you', 'you would (?:always |just |only )?(?:turn|walk|leave|go|ignore|change|shut|roll|sigh|look away|pick|snap|yell|shout|critici[sz]e|storm|switch|put)',
        '(?:it|things|we|the marriage|our marriage|the relationship|our relationship) (?:had been|was|were|had|has been) (?:already |long |basically |pretty much |effectively )?(?:over|dead|finished) (?:between us|for (?:ages|months|years|a long time)|by then|long before)',
        'you (?:had |would )?(?:stopped (?:touching|talking|caring|listening|wanting|trying|noticing|paying|making)|shut me|had no time|kept nagging|never wanted|ignored me|neglected me|rejected me|put your)',
        `your (?:\\w+ )?(?:temper|jealousy|coldness|nagging|distance|mood|moods|silence|criticism|attitude|behaviour|behavior|job|work)(?: \\w+){0,2} (?:made|pushed|drove|left|meant|kept|wore|sent|got to)`,
        'the way (?:you|your)', '(?:after|given) (?:what|how) (?:you|your) ', 'long before i (?:did|had done|strayed|lied)', 'you had (?:long |already )?(?:stopped|become (?:so |too )?(?:distant|cold))',
        `(?:things|it|we) (?:were|was|had been) (?:so |really |already )?(?:bad|cold|difficult|hard|distant|rocky|strained|broken) (?:between us|at home|for (?:months|years|a long time))`, 'with you (?:working|away|gone|never)', 'after (?:the baby came|you)', 'you had no time',
        'we had (?:drifted|grown) apart', '(?:the|our) (?:marriage|relationship) (?:had been|was|had|has been) (?:over|dead|dying|in trouble|failing|empty|broken|on the rocks|falling apart)', 'we (?:just |sort of |kind of |simply )?(?:drifted|grew) apart', 'my (?:wife|husband|partner) (?:never|always|had stopped|stopped|was always|was never|had no time|did not (?:care|listen|want))',
        '(?:under the impression|thought|felt like|was sure) (?:that )?you (?:did not|no longer|never) (?:care|cared|love|loved|want|wanted|notice|noticed)', '(?:things|it) had been (?:cold|bad|difficult|hard|distant) between us',
        'if (?:things|home|life|our marriage|our relationship|it) (?:at home )?had been',
        // The partner as the kind of person no one could be honest with: "it's hard to be open with someone who…".
        '(?<!deserve |deserved |deserves )(?:living|live|lived|be|being|open|honest|truthful|talk|tell the truth|close|stay|staying|married) (?:\\w+ ){0,4}?(?:with|to|around) (?:someone|somebody|a person|anyone|a partner) (?:who|that)',
        // Habits of the partner's with a clock on them: "you'd go silent for days whenever…", "you'd check my phone every night".
        'you (?:would|used to|kept|always|constantly) (?:\\w+ ){1,4}?(?:every (?:night|day|time|week|evening|morning|weekend)|for (?:days|hours|weeks)|whenever|each time|all the time)', 'whenever i (?:\\w+ ){1,5}(?:, )?you (?:would|just|always)',
        '(?:with|because of|after|given|around|between) your (?:\\w+ )?(?:moods?|temper|jealousy|coldness|criticism|nagging|silences?|drinking|rages|outbursts|distance|absence|standards|expectations|demands|long hours|hours|obsession)',
        'your (?:\\w+ )?(?:drinking|temper|jealousy|moods?|rages|standards|expectations|coldness|criticism) (?:was|were|had been|had|got) (?:out of control|impossible|unbearable|so|too|always|constantly|getting|worse)',
        '(?:you|your \\w+|they|he|she) (?:always |constantly |would )?(?:treated|treat) me like', 'more (?:time|attention|effort|interest|energy|love) (?:\\w+ ){0,5}than (?:with |on |to |in |for )?(?:me|us)(?= ,|$| and| so)',
        '(?:barely|never|hardly|did not|no longer) (?:even )?exist(?:ed)? (?:to|for) you', '(?:invisible|an afterthought|a stranger|a ghost) to you',
        '(?:once|when|after|since) (?:the (?:baby|babies|twins|kids|children)|your (?:promotion|new job|mum|mother|dad|father)) (?:came|arrived|was born|were born|started|moved|died)',
        '(?:never|no|not) (?:any |much |enough |a lot of |an ounce of )?(?:affection|warmth|attention|intimacy|sex|touch|kindness|support|interest|love|appreciation|tenderness) (?:\\w+ )?from you',
        'you (?:made|turned|make|turn) (?:every|each|any|all) (?:\\w+ ){0,4}(?:into )?(?:a fight|an argument|a row|a battle|about you)',
        '(?:nothing|never) (?:i did |i do |i could do |i ever did )?(?:was|is|seemed|felt) (?:ever )?(?:good enough|enough) for you', '(?:lived|live|living|measure) up to your', 'your (?:impossible |high |unrealistic |ridiculous )?(?:standards|expectations|demands)',
        '(?:took|take|takes) (?:her|his|their|your \\w+) side',
        '(?:every time|whenever|each time) i (?:\\w+ ){1,5}?(?:, )?you (?:would|had|just|always|\\w+ed)', 'you (?:were|are|had been|have been) (?:\\w+ )?(?:impossible|hard|difficult|so hard|no use|useless) to (?:talk|reach|live|be honest|be open|get through|please|approach|tell)',
        'i (?:tried|kept trying|had tried) (?:\\w+ ){1,8}?(?:and|but|,) you (?:just |simply )?(?:did not|never|would not|would never|could not) (?:\\w+ )?(?:listen|care|notice|hear|respond|want|answer|see|get it|understand)',
        'you (?:had |have )?(?:not|never) (?:\\w+ )?(?:touched|kissed|held|hugged|looked at|spoken to|talked to|noticed|wanted) me', 'let yourself go', 'we (?:had |have )?(?:not|never|barely|hardly) (?:\\w+ ){1,5}?(?:in|for) (?:months|years|a year|ages|weeks|a long time)', '(?:more|less) (?:interesting|important|exciting) to you than', 'sided with (?:her|him|them|your)',
        'we (?:had )?(?:both )?(?:stopped|gave up|quit) (?:trying|talking|touching|caring|being)', '(?:drifted|drifting|grown|growing|grew) (?:so |that |too |very )?(?:far )?apart', 'long before i (?:met|started|ever|even)', '(?:not like|as if) (?:it|this|that) came out of nowhere',
      ].join('|'),
    ),
    unless: test('because (?:of )?(?:i|me|my)|i (?:caused|gave you)|after you (?:found out|learned|discovered|saw|read)|always there for me'),
  },
  // Someone else made the choice: the other person as the one who acted.
  {
    kind: 'others',
    negatable: true,
    // "She kept messaging me, and I chose to answer every time": the writer's own choice answers it.
    ownable: true,
    pattern: w(
      [
        `${HE} (?:had |would |was |were |has )?(?:been |kept (?:on )?|keep )?(?:flirting|flirted|texting|messaging|calling|pursuing|chasing|sending me|writing to me|following me|asking me out|inviting me)`, `${HE} (?:wanted|was after|fancied|was into) me`, `${HE} (?:had been |was |kept )?(?:hinting|dropping hints|making moves|making advances)`, `${HE} gave me (?:the |what |all the )?(?:attention|affection|comfort|warmth|what i)`, `${HE} (?:had )?told (?:half|everyone|people|the whole)`, '(?:was not|never|not) (?:really |even )?my idea', `${HE} (?:had )?(?:booked|arranged|planned|organised|organized|set (?:it|this|that) up|suggested)`, `${HE} (?:had )?(?:told me|said|promised(?: me)?|swore|sworn|assured me)(?: to me)?(?: that)? (?:you|nobody|no one|none of them) (?:would|will) (?:never |not |ever )?(?:find out|know|notice)`, `${HE} (?:had |would |has )?(?:came|come|was coming) on`, `${HE} (?:had |would |has )?(?:all )?(?:said|assured me|promised me)(?: that)? (?:it|this|that) (?:was|would be) (?:fine|okay|ok|harmless|nothing|allowed|normal)`,
        `if ${HE} (?:had not|had never|had) (?:\\w+ ){0,3}(?:pushed|pursued|pressured|kept|come|started|flirted|texted|messaged|asked)`, `would (?:never|not) have (?:\\w+ )?(?:done|gone|happened)(?: \\w+){0,2} if ${HE}`,
        `${HE} (?:started it|(?:had )?made it (?:clear|sound|seem|obvious|plain)|would not leave|will not leave|needed someone|had been through)`, `${HE} (?:is|was|are|were) the ones? (?:who|that)(?! (?:got hurt|was hurt|were hurt|suffered|paid|lost|found out|tried|begged|warned|told me to stop))`, `${HE} (?:seduced|tempted|pursued|manipulated|pressured|kissed) me`, `${HE} made me feel`, `${HE} (?:had )?(?:threw (?:herself|himself|themselves) at me|came onto me|would not take no|made the first move|started (?:things|flirting|texting))`,
        `${HE} (?:had )?(?:all )?told me (?:it|that it) was`, `${HE} (?:noticed|saw|listened to|paid attention to|made time for|understood) me`, 'hard to (?:keep )?(?:say|saying) no',
        // Talked into it, kept on at, until one gave in: the other person's pushing told as what decided it.
        `${HE} (?:talked|dragged|roped|got|lured|pulled|pushed|pressured|persuaded|convinced|coaxed|egged) me (?:into|to|on|along)`, `${HE} (?:kept(?: on)?|would not stop|never stopped|was always|were always) (?:on at me|pushing|pressuring|pestering|badgering|insisting|begging|asking|nagging)`,
        'i (?:\\w+ )?(?:gave in|given in|caved|relented)', '(?:finally|eventually|in the end) (?:i )?(?:said yes|agreed|went along)', `${HE} (?:had )?(?:been )?(?:egging|pushing|spurring|urging) me on`, `${HE} (?:had )?(?:gone|been|was going) through (?:a hard|a rough|a difficult|so much|a lot|hell)`, '(?:leaned|leaning|relied|turned) (?:on|to) each other', '(?:comforted|consoled) each other', `${HE} (?:was|were) (?:just |always )?(?:there|around|available)(?= ,|$| for me| when| and)`, `${HE} (?:would |had )?(?:tell|told|telling) me (?:how|about) (?:\\w+ ){0,2}(?:unhappy|lonely|miserable|sad|bad|awful|cold|empty)`, 'felt sorry for (?:her|him|them)', '(?:had|has) (?:always )?(?:had )?(?:a thing|feelings|a crush) for me', `${HE} (?:had )?(?:practically |basically )?moved (?:in|into)`, 'found (?:comfort in )?each other', `${HE} (?:had been |was )?(?:so )?(?:persistent|insistent|pushy|forward)`, 'went along with it', 'did not know how to (?:stop|make|say)',
      ].join('|'),
    ),
  },
  // One's own unmet needs offered as the reason.
  {
    kind: 'needs',
    ownable: true,
    pattern: w(
      [
        'i had needs', '(?:felt|feels|was) (?:so )?good to (?:be|feel) (?:noticed|wanted|seen|desired|appreciated|listened to)', 'after (?:years|months) of (?:feeling|being) (?:invisible|unwanted|unseen|lonely|alone|ignored|neglected|rejected)', 'after (?:years|months) of being (?:ignored|neglected|rejected|left alone|alone)', 'i was left (?:alone|to (?:cope|deal|manage|handle))',
        'i (?:just |really |only )?needed (?:somebody|someone|somewhere|anywhere|a place|an escape|a way out|to escape|an outlet|a release|to feel|attention|affection|more|something|to be)', 'i had (?:nobody|no one) (?:else )?(?:to (?:talk|turn|confide|lean|listen)|who (?:listened|cared|understood))',
        'i felt (?:so |very |really |completely )?(?:alone|isolated|neglected|unwanted|unloved|unappreciated|invisible|ignored|rejected|taken for granted)', '(?:attention|affection|comfort) elsewhere', 'my needs', 'needs (?:that )?(?:were|was|had been) (?:not |never )?(?:being )?(?:met|ignored|neglected)',
        '(?:was|were) not getting (?:what i needed|that|enough|any)',
        '(?:was|were) (?:never|not) (?:getting|given|receiving|shown|feeling) (?:any |enough |much |the )?(?:warmth|affection|attention|love|intimacy|support|appreciation|care|sex|touch|tenderness|kindness)',
        'felt like (?:a |an |your )?(?:stranger|roommate|flatmate|housemate|ghost|lodger|nobody|piece of furniture|afterthought)',
        '(?:looking|look|looked|went looking|searching) for (?:it|that|affection|attention|warmth|comfort|love) (?:\\w+ ){0,2}(?:elsewhere|else)', 'i was (?:starved|starving|hungry|desperate) (?:of|for)', 'a (?:man|woman|person) has needs',
        'i (?:just )?wanted to feel', 'went looking for (?:more|something more|something else|someone else|excitement|comfort|attention|affection)', '(?:nobody|no one) (?:had |has )?(?:ever )?made me feel (?:special|wanted|desired|loved|seen|noticed|attractive|appreciated|alive)', 'missed (?:being|feeling) (?:desired|wanted|loved|noticed|appreciated|touched|seen)', 'needed (?:an escape|a break|an outlet|a release|some excitement|to escape|to get away)', '(?:got|was|felt) bored', 'wanted (?:some |a bit of |a little )?(?:excitement|fun|adventure|a thrill)', 'i deserved (?:to be|some|better|more|a little)', 'deserve to be happy', 'deserved to be happy',
        '(?:was not|were not|was never|never) getting (?:\\w+ )?(?:at home|from you|here)', '(?:nobody|no one) (?:at home )?(?:ever )?(?:appreciated|noticed|wanted|listened|cared|asked)',
        '(?:craved|was craving|longed for|yearned for|was hungry for) (?:some |a bit of |more |a little )?(?:excitement|attention|affection|intimacy|passion|romance|closeness|touch|validation|adventure|connection)',
        'i (?:just |really )?(?:wanted|needed) (?:someone|somebody|a person) (?:who would|who could|to) (?:listen|understand|notice|care|see|talk|hear|appreciate|want)', '(?:starved|starving|desperate|hungry) (?:of|for) (?:touch|affection|attention|love|intimacy|sex|warmth|company|comfort)', 'i needed to feel', 'without (?:intimacy|affection|sex|touch)', 'where i felt (?:valued|wanted|appreciated|seen)',
      ].join('|'),
    ),
  },
];
