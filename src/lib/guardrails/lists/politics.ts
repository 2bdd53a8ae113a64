/**
 * Political campaigning, elections and parties. Compiled from the parties with seats in the
 * national parliaments of the largest democracies (Wikipedia "List of political parties by
 * country") and common campaign vocabulary. Politicians themselves are in real-people.ts.
 */
export const POLITICS_TERMS: readonly string[] = [
  'election', 'elections', 'electoral', 'election campaign', 'political campaign', 'campaign rally', 'campaign ad',
  'campaign poster', 'campaign slogan', 'ballot', 'ballot box', 'referendum', 'polling station', 'vote for', 'votes for',
  'voting for', 'vote against', 'reelect', 're-elect', 'run for president', 'presidential race', 'swing state', 'caucus',
  'primary election', 'democratic national convention', 'party convention', 'midterms', 'political party', 'politician', 'political', 'politics', 'propaganda', 'attack ad',
  'impeach', 'impeachment', 'senator', 'congressman', 'congresswoman', 'prime minister', 'president of the united states',
  'maga', 'make america great again', 'democrat', 'democrats', 'democratic party', 'republican', 'republicans',
  'republican party', 'gop', 'labour party', 'tory', 'tories', 'conservative party', 'lib dems', 'liberal democrats', 'ukip',
  'make britain great again', 'make england great again', 'great again hat', 'great again cap', 'reform uk', 'reform rally', 'reform party', 'reform voters', 'reform candidate', 'snp', 'green party', 'plaid cymru', 'sinn fein', 'dup', 'afd', 'alternative fur deutschland', 'cdu', 'csu',
  'spd', 'die linke', 'bjp', 'congress party', 'aam aadmi', 'communist party', 'ccp', 'likud', 'national rally',
  'front national', 'la france insoumise', 'renaissance party', 'podemos', 'vox party', 'fidesz', 'ldp japan', 'anc party',
  'pt brazil', 'morena party', 'peronist', 'united russia', 'libertarian party', 'tea party movement', 'brexit', 'remainer',
  'brexiteer', 'antifa', 'far right', 'far left', 'alt-right', 'leftist', 'right-wing', 'left-wing', 'socialist party',
  'coup', 'regime change', 'protest rally', 'political protest', 'picket sign', 'vote', 'voter', 'voting booth', 'candidate for',
  'for president', 'for mayor', 'run for office',
  'burn the flag', 'burns the flag', 'burning the flag', 'flag burning',
  'leaving the european union', 'leave the european union', 'leaving the eu', 'leave the eu', 'labour conference', 'tory conference', 'conservative conference', 'party conference', 'just stop oil', 'extinction rebellion', 'insulate britain', 'free palestine', 'free gaza', 'palestine flag', 'palestinian flag', 'flag of palestine', 'israeli flag at', 'israel flag at', 'free tibet', 'free hong kong', 'pro-life march', 'pro life march', 'pro-choice march', 'pro choice march', 'gun control',
  'canvassing', 'canvass for', 'campaign video', 'campaign shirt',
  'black lives matter', 'blm', 'climate strike', 'speech at the white house', 'oval office', 'house of commons',
  'member of parliament', 'in parliament', 'abortion', 'pro-israel', 'pro israel', 'pro-palestine', 'pro palestine',
  'harris walz', 'trump vance', 'the conservatives', 'vote labour', 'for labour',
  'as president', 'the president', 'presidential', 'executive order', 'stop the steal', 'tiananmen', 'protest sign',
  'protest march', 'anti-war protest', 'march for', 'marching for', 'pro-life', 'pro-choice', 'picket line',
  'union strike', 'general strike', 'senate', 'the capitol', 'downing street', 'kremlin',
  'lock her up', 'confederate flag', 'january 6', 'communism', 'fascism', 'fascist', 'socialism', 'womens march', 'pussyhat',
  'at a protest', 'at the protest', 'join a protest',
  'build the wall', 'opposition leader', 'leader of the opposition', 'current president', 'current prime minister', '44th president', '45th president', '46th president', '47th president', 'president of france', 'president of russia', 'president of china',
  'president of ukraine', 'president of brazil', 'president of mexico', 'president of turkey', 'president of iran',
  'president of argentina', 'president of south korea', 'french president', 'russian president', 'chinese president',
  'american president', 'us president', 'german chancellor', 'chancellor of germany',
  'labour candidate', 'labour mp', 'labour leader', 'labour government', 'tory candidate', 'tory mp', 'conservative candidate', 'conservative mp',
  'saying stop the boats', 'says stop the boats', 'stop the boats sign', 'stop the boats placard', 'stop the boats banner', 'stop the boats slogan', 'stop the boats poster', 'take back control', 'get brexit done', 'outside parliament', 'outside downing street',
  'liberal candidate', 'party candidate', 'presidential candidate', 'mayoral candidate', 'parliamentary candidate',
];
