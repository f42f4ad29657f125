// Rules that shield the writer from the partner's hurt: pressure on the
// partner's pace, the past as a shield, good intentions as cover, and
// self-forgiveness used to close the matter.
import { type Rule, test, w } from './rule-kit.ts';

export const SHIELDING: readonly Rule[] = [
  {
    kind: 'pressure',
    pattern: w(
      [
        '(?:need|want|expect|hope|would like) (?:you|us|we) (?:can |could |will |would |to )?(?:be )?(?:forgive|over|move|get|put|trust|let|stop|done)',
        '(?:by|before) (?:the end of|christmas|summer|the holidays|the time(?! (?:you|i|we|she|he|they) (?:\\w+ )?(?:\\w+ed|found|knew|saw|got|came|had|was|were|went|told|caught|read|heard))|next|new year|spring)', 'by now',
        '(?:time to|should|need to|have to) (?:put (?:this|it) behind|move on|move past|get past|be over|let (?:it|this) go|stop)', 'time for (?:everyone|you|us|him|her|them|my partner|my wife|my husband) to', '(?:about|high) time (?:she|he|they|you|my partner|we)',
        'how (?:much )?longer', 'can not keep (?:dwelling|bringing|going over|talking)', 'dwelling', 'move past', 'let (?:this|it|that|the past|all (?:of )?(?:this|that)) go', 'your turn to (?:meet|forgive|trust|give|try|make)', 'let (?:this|it) (?:define|ruin|destroy|take over)', 'you owe it to', 'draw a line under', 'forgive and forget', 'meet me halfway', 'how long (?:are you|will you|do you|must i|is this|am i|will i|do i have to|have i got to)', 'keep (?:punishing|holding (?:it|this))',
        'be past (?:this|it)', 'hold (?:this|it|that) (?:over|against) me', 'if you keep (?:bringing|going over|mentioning|asking|checking|punishing)', 'put (?:it|this|that|all (?:of )?(?:this|that)) behind us', 'get over it', '(?:can|could) we (?:please )?(?:just )?(?:move on|forget)', 'just move on',
        'over it by', '(?:back|get back|go back) to (?:normal|how)', 'be a (?:normal |proper |real )?family again', 'sake', '(?:children|kids) need us',
        'stop(?:ped)? (?:bringing (?:it|this|that) up|mentioning it|reliving|going over|raking)', '(?:would|it would) (?:really )?(?:help|be easier|mean a lot) if you', 'appreciate it if you', '(?:tired|sick|weary) of (?:being reminded|hearing about|talking about|going over|being punished|being blamed|being watched|being checked|apologi[sz]ing|saying sorry|this)', 'running out of (?:patience|time)', '(?:losing|lost) (?:my )?patience',
        '(?:can|could|should|shall)(?: not)? we (?:\\w+ ){0,4}(?:be normal|be (?:happy|okay|ok|us) again|get back to|go back to)', 'time (?:to|for you to) (?:forgive|trust|let)', '(?:moved on|let (?:it|this) go)(?: \\S+){0,3} (?:and|so) (?:you|my partner) (?:should|can|need to|could)', '(?<!(?:mean|means|meant) )my partner (?:needs?|has|ought|should) (?:to )?(?:let|move|forgive|get over|stop)', '(?:do not|can not|fail to) (?:understand|see|get) why you',
        'still holding on', 'holding (?:on to|onto) (?:it|this|that)', 'everyone else has (?:forgiven|moved)', 'i need to know (?:by|when|whether|if) you', 'once you (?:let|forgive|move|stop|get over)',
        '(?:normal|proper|real|whole) family again', 'it (?:is|has) time (?:you|we|for you)', // Obligation aimed at the partner (the note marks the verb: "you need to move on").
        '(?<=you (?:will |would |just |really |simply )?)(?:need|have|ought|got) to (?:start|stop|move|let|forgive|get|trust|accept|try|give|learn|be (?:patient|fair|reasonable|over))', '(?<=you )should (?:try|stop|let|forgive|move|be over|have (?:forgiven|moved|got))', 'forgive me (?:soon|by|quickly|already)', 'surely you', 'it has been (?:a year|\\w+ (?:months|years|weeks)|long enough|ages)',
        // Obligation aimed at the partner with a clock on it: "sooner or later you're going to have to…", "I can't wait forever".
        '(?:sooner or later|at some point|eventually|one day soon|soon) you (?:\\w+ ){0,4}?(?:have|need|got|ought) to', 'you (?:are|were) going to (?:have|need) to (?:trust|forgive|let|move|get|accept|stop|start|give)',
        '(?:can not|will not|am not going to) wait (?:forever|much longer|any longer|around forever)', 'is it not time (?:you|we)', '(?:can not|will not) (?:keep )?(?:living|go on|carry on)(?: \\w+){0,2} like this', 'on trial', 'in or out', 'you (?:need|have|ought|got) to (?:decide|choose|make up your mind)', '(?:you )?keep (?:bringing|dragging|raking|digging) (?:it |this |that |the past |things )?up', 'bringing up the past', '(?:no point|no use|no sense) (?:in )?(?:dragging|going over|dwelling|talking about|bringing)', 'drag(?:ging)? (?:it|this) out', '(?:treated|treat me) like a (?:criminal|suspect|prisoner|child)', 'time to (?:focus on|look at|think about) (?:the )?(?:good|positive|future)', 'need (?:an answer|a decision|to know) (?:from you )?(?:eventually|soon|by|at some point)', '(?:can|could|should|shall) we (?:\\w+ ){0,2}(?:move (?:forward|on|past)|look (?:forward|ahead)|forget|start (?:again|over|fresh))', '(?:we|you) (?:need|have|ought) to (?:\\w+ )?(?:look ahead|look forward|move forward|focus on the future|start (?:again|over|fresh))', 'what is done is done', 'punishing me', 'not fair (?:on|to) (?:me|either of us|us|the kids)',
        'when (?:are you going to|will you|can you|do you think you will) (?:forgive|trust|let|move|get over|be ready|stop)', '(?:need|want|expect) you to (?:decide|choose|make up your mind|give me an answer)',
        '(?:decide|decision|answer|forgive|trust|over (?:it|this)|make up your mind)(?: \\w+){0,4} by (?:the )?(?:weekend|end|christmas|summer|friday|monday|tomorrow|tonight|next|this|new year|spring)',
        '(?:\\w+ )?(?:days?|weeks?|months?|years?) (?:is|are|has been|should be) (?:long )?enough', '(?:long enough|enough time) (?:to be|for you to be|of being) (?:angry|upset|hurt|mad|sad)',
        'done with this', '(?:this|it) quickly', 'you (?:have|need|ought) to (?:understand|see|admit|accept)', 'put (?:it|this|all this|all of this) behind us',
        'before the (?:wedding|holidays|baby|birthday|trip|move|summer)', 'dwell(?:ing)? on', 'keep going over', 'go over (?:it|this) again', 'rehash\\w*', 'let us (?:not|just|move|put|forget|try)', 'ruin everything', 'throw (?:it all|everything) away', 'drop (?:it|this|the subject)',
        '(?:need|want) you to (?:try harder|make more|do more|meet me|stop being)', '(?:need|want|expect) you to (?:start |begin |try )?(?:trusting|trust|forgiving|forgive|moving on|move on|letting (?:it|this|go)|let (?:it|this|go)|getting over|get over|putting|put|stop)',
        '(?:kids|children) (?:need|want|miss|deserve) their (?:dad|mum|mom|father|mother|parents)', 'in limbo', '(?:do not|please do not) make me wait', 'wait (?:much |any )?longer', '(?:want|need|hope|expect) (?:us|you|this|it|things) (?:\\w+ ){0,2}(?:sorted|fixed|over|done|resolved|back to normal)', '(?:go|going|went) over (?:it|this|that|all this|everything) again', '(?:giving|give|gave|give) you (?:until|till|a (?:week|month|few days|deadline)|one more|another (?:week|month))', 'until the end of the (?:month|week|year)', '(?:no need|no reason|no point) (?:for us |for you )?to keep (?:talking|going over|bringing|discussing|dwelling)', '(?:she|he|they|my partner) should (?:too|as well|do the same)',
        '(?:hope|expect|need|want|would like) (?:that )?(?:you|she|he|they|my partner) (?:will |would |can |could |to )?(?:have )?(?:forgiven|moved on|got over|gotten over|be over|be past)',
        '(?:forgive|forgiven|trust|over (?:it|this)|moved on|past (?:it|this)|ready)(?: \\w+){0,4} (?:by|before) (?:january|february|march|april|june|july|august|september|october|november|december|easter|christmas|then|next|the (?:wedding|weekend|holidays|baby|summer|spring|autumn|new year|end|time))',
        '(?:not going to|will not|can not|am not going to) keep (?:on )?(?:apologi[sz]ing|saying sorry)', '(?:apologi[sz]ing|saying sorry) forever', '(?:done|finished|through) (?:with )?(?:apologi[sz]ing|saying sorry)', '(?:kids|children|family) (?:deserve|need|want) (?:to (?:have|see) )?(?:us together|both of us|their parents|us|parents|a family)', '(?:kids|children) (?:deserve|need) (?:parents|us|a family)',
      ].join('|'),
    ),
    unless: test('long time|as long as|every right|allowed to|your (?:choice|pace|terms|time|call|decision)|if (?:and when )?you (?:ever )?(?:want|choose|decide|are ready)|yours to (?:decide|make|choose)|(?<!wait (?:forever |much longer |any longer )?)for you to decide|you decide|whether (?:or not |and when )?you \\w+ (?:me )?(?:is|will be) (?:yours|up to you)|up to you|no deadline|take all the time|will not (?:ask|put|rush|push)|not asking|(?:do not|never) (?:think|believe|expect|want) (?:you|she|he|they) (?:should|to|need)|not (?:for me|up to me|my place) to (?:say|decide|ask)|for (?:yourself|herself|himself|themselves)'),
  },
  // The partner in the third person ("she'll have to accept it"): a "not" before it reverses it ("it doesn't mean she has to forgive me").
  {
    kind: 'pressure',
    negatable: true,
    pattern: w(
      [
        '(?:she|he|they|my partner|my wife|my husband) (?:will |would |is going to |are going to )?(?:have|need|has|needs|ought|got|have got|has got) to (?:start|stop|move|let|forgive|get|trust|accept|try|give|learn|decide|choose|make up|be (?:patient|fair|reasonable|over))',
        '(?<!(?:not|never) (?:think|believe|expect|say|that) )(?:she|he|they|my partner|my wife|my husband) (?:should|must) (?:be able to )?(?:trust|forgive|move|let|be over|get over|stop|accept|start|try)',
      ].join('|'),
    ),
    unless: test('not (?:for me|up to me|my place) to (?:say|decide|ask)|for (?:yourself|herself|himself|themselves)|(?:as long as|whenever|if and when|if ever) (?:she|he|they)'),
  },
  {
    kind: 'past',
    pattern: w(
      [
        'already (?:apologi[sz]ed|said (?:i am |i was )?sorry|told you i was sorry|talked|dealt|been through|went through)', '(?:said|told you) (?:i was )?sorry already',
        '(?:was|is|happened) (?:all )?(?:\\w+ )?(?:years|a long time|months|ages|so long) ago', '(?:thought|think|assumed|hoped) (?:it|this|that) was (?:settled|over|done|behind us|resolved|finished)',
        'thought (?:that was that|that was it|that was the end)', '(?:apologi[sz]ed|said (?:i am |i was )?sorry|told you i (?:am|was) sorry)(?: \\w+){0,2} more times than', 'what (?:another|one more) (?:apology|sorry|one) (?:will|would|can|could) (?:change|do|fix)', '(?:has|have|ought|needs?) to be enough', '(?:do not|can not) (?:understand|see) why (?:it|this|that|you) (?:still|keeps?|is still)', '(?:more than )?made up for (?:it|this|that|what i did)', '(?:did not|do not) think (?:it|that) (?:still )?mattered', '(?:does|did) not (?:still )?matter (?:anymore|any more|now)', '(?:thought|said|told me) (?:that )?you (?:had|have) (?:forgiven|moved on|got over|gotten over|let (?:it|this) go)', '(?:it is|that is|that was) (?:all )?(?:history|ancient history)', '(?:it|that) (?:is|has) (?:done|over) (?:,|and) (?:it (?:is|has) )?(?:over|done|finished)', '(?:should|ought to|has to) be the end of (?:it|this|that|the matter)', '(?:that )?chapter is closed', '(?:apologi[sz]ed|said (?:i am |i was )?sorry) (?:over and over|again and again|repeatedly|a thousand times|a million times|endlessly)',
        // An earlier apology (or counselling) followed by a clause that closes it: "…so I don't see why we still…", "…what else do you want?"
        '(?:apologi[sz]ed|said (?:i am |i was )?sorry|told you (?:i was |i am )?sorry|talked (?:it|this) (?:through|over|out)|went (?:to|through) (?:counsel+ing|therapy)|(?:with|to) (?:the|a) (?:counsel+or|therapist))(?: \\S+){0,8}? (?:,|so|and|but) (?:\\S+ ){0,3}?(?:i do not (?:see|know|understand) (?:why|what)|what (?:more|else)|why (?:do|does|are|is|would|should|must) (?:we|you|it|this)|i thought (?:that was|it was|we were))',
        'you said (?:we were|it was|you were) (?:okay|ok|fine|over it|past it)', 'talked about (?:this|it) (?:last|already|before|months|years)', 'so much has changed', 'stop reliving', 'years ago and', 'ancient history', 'old news', 'over and done with', 'learned my lesson', 'you are (?:ready|able) to (?:move|forgive|let|trust)', 'why can not (?:we|you) (?:just )?(?:be|move|get|go|forget)', 'water under the bridge', 'in the past', 'not that person', 'dealt with (?:all (?:of )?)?(?:this|it|that)(?! by)',
        '(?:that|it) was (?:the end|closed|over(?! with)|behind us)', 'was the end of it', 'i (?:have|had) changed since', 'keep judging', 'a hundred times', 'what else do you want',
        'different person',
        // An apology, counselling or punishment counted as enough: "apologised until I'm blue in the face", "went through all this in counselling two years ago".
        'blue in the face', '(?:apologi[sz]ed|said sorry)(?: \\w+){0,4} (?:and|,) you (?:accepted|forgave|said (?:it was|you were))', 'put (?:it|this|that) to bed', 'laid (?:it|this|that) to rest', 'closed the book', 'not the same (?:man|woman|person|guy|husband|wife|partner) (?:i was|as)', '(?:went|gone|been) through (?:all )?(?:of )?(?:this|it|that)(?: \\w+){0,4} (?:years|months|ages|weeks|a year|a long time) ago', '(?:in|at) (?:counsel+ing|therapy)(?: \\w+){0,2} (?:years|months|a year) ago',
        '(?:punished|paid|suffered|paying|suffering)(?: for (?:this|it|that|what i did))?(?: for)? (?:long enough|enough|plenty|more than enough)', 'i (?:have |had )?been (?:paying|punished|suffering) for (?:this|it|that|what i did) for',
        '(?:thought|assumed|hoped|figured|believed|think) (?:that )?(?:we|you|it|this|that|things) (?:had |have |were |was |would have )?(?:already )?(?:moved on|moved past|got past|gotten past|got over|gotten over|put (?:it|this|that) behind us|past (?:it|this|that)|over (?:it|this|that)|settled|dealt with (?:it|this|that)|done with (?:it|this|that))', '(?:done|served) my time', 'a different (?:time|place|period) in my life', 'how many (?:more )?times (?:do|must|will|have|should) i', '(?:said|say) (?:i am |i was )?sorry (?:so many|many|countless|enough|a dozen) times', 'apologi[sz]ed (?:so many|many|countless|enough) times', '(?:been )?punished enough', 'i (?:have |had |already )*paid (?:enough|for (?:it|this|that|what i did)(?: mistake)?|my dues)', '(?:been through|suffered|gone through) enough', 'suffered enough',
      ].join('|'),
    ),
    unless: test('i see (?:that |it |this )?now|not for you|i answer for|(?:that person|he|she) was (?:still )?me|still (?:hurts|happening|real|with you|deserve|matters)|i will keep|(?:does|did) not (?:erase|undo|mean)|(?:was|am) wrong to|as long as (?:you need|it takes)|allowed to|every right|still be|(?:does|did) not (?:matter (?:that|how long|when)|change)|for you it|not enough|does not (?:finish|excuse|end)|incomplete|too (?:quickly|soon|early)|i (?:can )?see now'),
  },
  {
    kind: 'intentions',
    negatable: true,
    ownable: 'choice',
    writerOnly: true,
    // "Whatever I thought I was doing, …", "good intentions or not": the intention set aside to own the act.
    unless: test('^(?:whatever|however much|no matter (?:what|how much)) i (?:thought|meant|intended|wanted|told myself|believed)|intentions or not'),
    pattern: w(
      [
        'i (?:never|did not) (?:mean|meant|intend|intended) (?:to|for)', 'never my intention', 'intentions were good', 'heart was in the right place',
        '(?:to|trying to|wanted to|was) (?:protect|protecting|spare|sparing|keep|save) (?:you|the peace|the family|our|us|everyone)', 'for your (?:own )?good',
        'so (?:that )?you would not (?:have to )?worry', 'did not want (?:you )?to (?:upset|worry|hurt|ruin|burden|lose (?:you|us|our|the family)|panic|stress|be (?:hurt|upset|worried)|get hurt)',
        '(?:would|will|did) never (?:deliberately|intentionally|knowingly|purposely)', 'you know i would never', 'did not (?:deliberately|intentionally|knowingly)', 'all i (?:ever )?wanted was', '(?:never|not) about (?:hurting|you|us)', '(?:my|our) (?:only )?intention was', '(?:did|do|was doing) (?:it|this|it all|all (?:of )?(?:it|this)|everything) for (?:us|you|the family|the kids|our family)',
        'did not want (?:you|the kids|anyone|her|him|them) (?:to )?(?:\\w+ ){0,1}(?:worry|worrying|worried|carrying|carry|hurting|upset|burdened|stressing|stressed|panic|panicking|suffer|suffering|dealing)',
        'thought (?:it was |it would be )?(?:kinder|better|best|safer|for the best)(?: for you| for everyone)? (?:not to|to (?:keep|wait|not)|if you (?:did not|never))', 'to keep (?:our|the) (?:family|marriage|home|peace) (?:together|intact|safe|going|whole)',
        '(?:doing|did|do) what (?:was|i thought was|seemed) (?:best|right) for (?:us|you|the family|everyone)', 'thought i was (?:doing|protecting|helping|saving|shielding|sparing|keeping|looking after)', '(?:protect|protecting|shield|shielding|spare|sparing|save|saving) you from', 'because i love(?:d)? you(?: so much| too much)?',
        '(?:never|did not) (?:want|wanted|mean|meant|intend|intended) (?:anyone|anybody|you|either of you|the kids) to (?:get|be) (?:hurt|upset)', '(?:did|was doing) (?:it|this|that|all (?:of )?(?:it|this)) (?:so|so that) (?:we|you|the kids|our family) (?:would|could|had)', 'everything i did(?: ,)? i did (?:for|to)',
        'doing the right thing', 'before you (?:had|would have|ever had) to (?:know|deal|worry|find)', '(?:could not|can not|could never) have (?:known|guessed|predicted|imagined|foreseen)', '(?:to|wanted to|trying to|so i could|how to) (?:fix|save|help|improve|work on) (?:our|the) (?:marriage|relationship|us)', 'you would (?:never|not) (?:need|have) to (?:be upset|worry|know|find out)', '(?:was not|never|was never) (?:trying|out|meaning|setting out) to (?:hurt|upset|humiliate|deceive)', 'i had (?:my|good) reasons', 'meant no harm', 'no harm (?:was )?(?:meant|intended)', 'looking out for you', '(?:had|have) your (?:best )?interests at heart', 'so (?:that )?you could (?:enjoy|have|relax|be happy|focus|sleep)', 'my heart was (?:always )?(?:with you|in the right place)', '(?:thought|believed|felt) (?:that )?(?:telling you|the truth|knowing|finding out) would (?:do more|cause more|only|hurt|make|break|destroy)', 'because (?:i knew |i thought )?(?:it|the truth) would (?:have )?(?:hurt|break|broken|upset|destroy\\w*|crush\\w*|devastat\\w*)',
        '(?:spare|protect) your feelings', 'trying to (?:save|keep|protect|do|help|make you happy)', '(?:only|just) ever trying', 'i do not know what (?:else|more) (?:you want|you expect|i can do|to do)',
        'i was only trying', 'meant well', 'i (?:never|did not) (?:plan|planned|want|wanted) (?:it|this|for it|for this|things) to',
        'so (?:that )?you would not (?:get hurt|be hurt|worry|be upset|have to know)', 'what you did not know',
        '(?:had no idea|did not (?:know|realise|realize|think)) (?:it|this|that) would (?:affect|hurt|matter|upset)',
        // The act done "because I cared", "so you wouldn't have to carry it", "out of love": care offered as the reason.
        'because i (?:wanted (?:you|us|the kids|them|her|him|the family) to|was (?:worried|scared|frightened|concerned|afraid) (?:about|for) (?:you|us|the kids|the family)|care|cared|love|loved|knew how (?:stressed|worried|tired|busy|upset|fragile|anxious|hard)|thought (?:it was |it would be |that was )?(?:for the best|best|kinder|better|right|the right thing|safer))',
        'so (?:that )?(?:you|the kids|the children|everyone|she|he|they) (?:would|could|did|need) (?:not |never )?(?:have to )?(?:worry|stress|carry|have to know|be upset|get upset|be hurt|get hurt|deal|suffer|lose|panic|lie awake|go without|miss out)', '(?:it|this|that) was (?:never|not) (?:meant|supposed|intended) to (?:hurt|upset|harm)',
        'so (?:that )?i (?:would|could) (?:not |never )?(?:burden|worry|upset|hurt|bother|stress|protect|spare|trouble|weigh)', 'i (?:was|had been) (?:going|planning|about|waiting|meaning|intending) to tell you (?:once|when|after|as soon as|before|the moment)',
        'out of (?:love|kindness|concern|care|respect)(?! for myself)', '(?:came|comes|come) from (?:a )?(?:good|kind|loving|right) place', '(?:never|did not) (?:ever )?set out to', 'to give (?:you|the kids|us|the family|our family) (?:a better|the best|something|everything)',
        '(?:handle|sort|fix|deal with) (?:it|this|things|everything) (?:on my own|myself|alone|by myself)', '(?:my|a) way (?:of|to) (?:protect|protecting|spare|sparing|shield|shielding|look after|looking after|save|saving|keep|keeping) (?:you|us|the family|the kids|everyone)',
        'so (?:that )?you could (?:keep|carry on|go on)', 'without (?:worrying|having to worry|the worry|stressing)', 'make (?:things|it|life) (?:easier|better|simpler) for (?:you|us|everyone)', '(?:thought|hoped|believed) i could (?:fix|sort|handle|sort out|put right|pay|solve|make it right)(?: \\w+){0,3} before',
        'because i (?:could not|can not) (?:bear|stand) (?:to )?(?:see|seeing|hurt|hurting|disappoint|upset|lose|losing) you', 'i (?:never|did not) (?:mean|meant|intend|intended|want|wanted) (?:it|this|things) to', 'did not want (?:you|the kids|anyone) (?:lying|staying|to lie|to stay) awake',
      ].join('|'),
    ),
  },
  // Nothing left to own: "I have nothing to forgive myself for", "I'm letting myself off the hook".
  // In the forgiving-myself letter the note says kindness does not need one to be blameless.
  {
    kind: 'absolves',
    negatable: true,
    pattern: w(
      [
        'nothing (?:left |more )?to (?:forgive|feel (?:guilty|bad|ashamed|sorry)|apologi[sz]e|be (?:guilty|ashamed|sorry))', 'not (?:have|got) anything (?:left )?to (?:forgive|feel (?:guilty|bad|ashamed|sorry)|apologi[sz]e|be ashamed)',
        '(?:let|letting|lets) myself off the hook', '(?:refuse|refusing) to feel (?:guilty|bad|ashamed|sorry)', '(?:no longer|done|finished|through) (?:with )?(?:feel|feeling) (?:guilty|bad|ashamed)',
        '(?:should not|do not need to|do not have to|have no reason to|no need to|no reason to) (?:keep )?(?:feel|feeling) (?:guilty|bad|ashamed)(?! (?:for|about) (?:resting|sleeping|eating|taking|looking|asking|getting|seeing|having|needing|wanting|being kind|being gentle|looking after))',
        '(?:beaten|beat|punished|hated|tortured|tormented) myself (?:up )?(?:enough|plenty|long enough|for long enough)', '(?:is|that is|it is|that will be) (?:his|her|their|your) problem', '(?:do not|no longer) owe (?:anyone|anybody|you|her|him|them) (?:any more |anymore |another |more )?(?:apolog\\w*|anything|an explanation)',
        'i deserve (?:a fresh start|a clean slate|to move on|to be forgiven|forgiveness|a second chance|to put (?:this|it) behind me|to stop feeling)',
      ].join('|'),
    ),
  },
  // The forgiving-myself letter: self-forgiveness used to close the matter for the partner.
  {
    kind: 'closing',
    modes: ['self-compassion'],
    pattern: w(
      [
        'forgiven myself(?: ,)? so', 'made (?:my )?peace(?: with (?:it|this|myself))?(?: ,)? so', 'since i have forgiven', 'forgiving myself means i', '(?:should|should not|do not) have to keep', 'punished myself enough',
        'matter is settled', 'with or without (?:her|his|their|your) (?:blessing|forgiveness|permission)', '(?:not going to|will not|refuse to|do not) dwell', 'easier for (?:him|her|them|you|my partner) to (?:forgive|trust|move|let)', 'at peace with (?:it|this|myself)(?: ,)? so', 'so (?:my partner|she|he|they|everyone|you)(?: else)? (?:should|can|must)', 'nothing left to apologi[sz]e', 'so (?:my partner|she|he|they|everyone|you) (?:should|can|must)', 'holding it against me',
        'nobody could blame me', 'suffered enough', 'so i can let it go',
      ].join('|'),
    ),
  },
];
