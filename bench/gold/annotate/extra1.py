# Gold for bench/gold/card-extra.jsonl, first batch (15 BBC 2004 articles, annotated by hand).
def S(text, actor, when_text=None, f=None, t=None, cond=False, core=True):
    return dict(text=text, actor=actor, when_text=when_text, when_from=f, when_to=t, conditional=cond, core=core)
def side(party, aliases, position):
    return dict(party=party, aliases=aliases, position=position)
def D(topic, *sides):
    return dict(topic=topic, sides=list(sides))

GOLD = [
 dict(id="bbc/business/157", date="2005-01-12", next_steps=[
   S("will be questioned by a judge over the next few days", "Platon Lebedev and Mikhail Khodorkovsky", "over the next few days", "2005-01-13", "2005-01-19"),
   S("each face a possible 10 year jail sentence if convicted", "Platon Lebedev and Mikhail Khodorkovsky", cond=True, core=False)],
   disagreement=D("the fraud charges against Lebedev and Khodorkovsky",
     side("Platon Lebedev", ["Mr Lebedev", "Lebedev", "Mikhail Khodorkovsky", "Mr Khodorkovsky", "Khodorkovsky"], "the charges are false and politically motivated"),
     side("Russian authorities", ["authorities", "Vladimir Putin", "Putin", "court"], "charge them with fraud and tax evasion")),
   notes="Date assumed (BBC set has none) to test date resolution."),
 dict(id="bbc/business/461", date=None, next_steps=[
   S("his team would be looking at adjusting parking prices to close the gap", "Wang Yan's team"),
   S("is considering jacking up the prices of car parks near sports grounds", "Beijing Municipal Commission for Development and Reform", core=False),
   S("his review team may scrap the relatively cheap hourly fee near such places and impose a higher flat rate during matches", "Wang Yan's team", core=False),
   S("Mr Wang's team are also going to look into complaints from residents about poor service", "Wang Yan's team")],
   disagreement=None, notes="Officials' plans; no named party opposes them."),
 dict(id="bbc/business/416", date="2005-01-07", next_steps=[
   S("the conditions are set for steady growth in 2005", None, "in 2005", "2005-01-08", "2005-12-31", core=False),
   S("about 200,000 jobs will need to be created each month if that figure is to drop", None, cond=True, core=False),
   S("the Federal Reserve is likely to continue its policy of raising interest rates", "Federal Reserve", core=False)],
   disagreement=None, notes="Figures story; all future statements are forecasts. Date assumed."),
 dict(id="bbc/entertainment/310", date=None, next_steps=[],
   disagreement=D("a new series of Blackadder",
     side("Tony Robinson", ["Robinson"], "Atkinson is keen and he would love another series"),
     side("BBC", ["the BBC"], "there are no plans for a comeback")),
   notes="Robinson's hopes are not steps."),
 dict(id="bbc/entertainment/068", date="2005-01-17", next_steps=[
   S("will play the female lead in the film adaptation of The Da Vinci Code", "Audrey Tautou"),
   S("Tautou will play Hanks' code-cracking partner", "Audrey Tautou"),
   S("The $100m movie will be produced by Columbia/Sony Pictures and is due for release on May 19, 2006 in the United States and France", "Columbia/Sony Pictures", "on May 19, 2006", "2006-05-19", "2006-05-19")],
   disagreement=None, notes="Casting story. Date assumed."),
 dict(id="bbc/entertainment/151", date="2004-11-19", next_steps=[
   S("Rapper Eminem is to play an intimate gig in London on Saturday", "Eminem", "on Saturday", "2004-11-20", "2004-11-20"),
   S("The US star will play just two songs at a night showcasing his label Shady Records at the Islington Academy", "Eminem"),
   S("Other rap acts who may appear at the Islington gig include Stat Quo, Proof, DJ Green Lantern, Swift and Obie Trice", None, core=False)],
   disagreement=None, notes="Date assumed: the Friday of the Thames show. The upheld complaints are past."),
 dict(id="bbc/politics/158", date="2004-12-02", next_steps=[
   S("he said the duty would be frozen", "Gordon Brown", "this financial year", "2004-12-02", "2005-04-05"),
   S("I propose to match the freeze in car vehicle licence duty with a continuation on the freeze on the main road fuel duties", "Gordon Brown", "this financial year", "2004-12-02", "2005-04-05")],
   disagreement=D("the freeze on fuel duty",
     side("Gordon Brown", ["Mr Brown", "Brown", "Chancellor Gordon Brown"], "freezes fuel duty because of oil market volatility"),
     side("Transport 2000", ["Environmental group Transport 2000"], "the freeze sends the wrong message")),
   also=[], notes="Date assumed (the Thursday of the pre-budget report)."),
 dict(id="bbc/politics/038", date=None, next_steps=[
   S("Campaigners are to stage a rally calling for a Borders rail link which was closed in 1969 to be reopened", "Campaign for Borders Rail"),
   S("They will mark the 36th anniversary of the line closure, which ran from Edinburgh through the Borders and on to Carlisle, with a walk at Tweedbank", "Campaign for Borders Rail"),
   S("MSPs are considering the reintroduction of passenger rail services through Midlothian to the Borders", "MSPs", core=False),
   S("the lobby group was determined to keep the pressure on the Scottish Executive", "Campaign for Borders Rail", core=False)],
   disagreement=None, notes="A campaign's demands; the executive's position is not reported."),
 dict(id="bbc/politics/402", date="2005-03-20", next_steps=[
   S("Gordon Brown will play a central role in any election campaign", "Gordon Brown", core=False),
   S("Mr Milburn would move to a behind the scenes role", "Alan Milburn", core=False)],
   disagreement=D("reports that Gordon Brown will oust Alan Milburn as election supremo",
     side("government", ["Alan Johnson", "Mr Johnson", "Johnson", "Alan Milburn", "Mr Milburn", "Milburn"], "the reports are wrong; they work as a team"),
     side("Sunday Business", ["Sunday Telegraph", "report"], "Brown is to take charge of media strategy")),
   notes="Date assumed."),
 dict(id="bbc/sport/135", date=None, next_steps=[
   S("will play English Premiership side Newcastle United in the first round", "Hapoel Bnei Sakhnin"),
   S("are all ready to play for Israeli club Hapoel Bnei Sakhnin in the Uefa Cup", "Energy Murambadoro and three other African players", core=False)],
   disagreement=None, notes="Club profile."),
 dict(id="bbc/sport/194", date=None, next_steps=[
   S("he may have to quit Arsenal to keep his World Cup dreams alive", "Jens Lehmann", cond=True, core=False),
   S("when the country hosts the World Cup in 2006", "Germany", "in 2006", core=False)],
   disagreement=None, notes="A coach's warning; Lehmann takes no opposing position."),
 dict(id="bbc/sport/425", date=None, next_steps=[], disagreement=None, notes="Match report."),
 dict(id="bbc/tech/127", date="2004-11-18", next_steps=[
   S("Stuff and What Hi Fi? are hosting a best of gadget show in London this weekend", "Stuff and What Hi Fi?", "this weekend", "2004-11-20", "2004-11-21"),
   S("Star of the show will be Sony's Qrio Robot", "Sony"),
   S("He will greet visitors and is flying in from Japan", "Qrio Robot"),
   S("Also on display will be a virtual keyboard which projects itself onto any flat surface", None),
   S("The event will play host to a large collection of digital music players", None),
   S("there may not be enough iPod minis to go round", None, core=False),
   S("This Christmas, gadgets will not be an all male preserve", None, "This Christmas", "2004-12-25", "2004-12-25", core=False),
   S("Women will be getting gadgets from husbands and boyfriends as well as buying them for themselves", None, core=False)],
   disagreement=None, notes="Date assumed (a Thursday before the show)."),
 dict(id="bbc/tech/022", date=None, next_steps=[
   S("The company will have to persuade data centre managers to adopt a new model", "Sun Microsystems", core=False),
   S("Initially it will house the grid in existing premises and will use idle servers to test software before shipping it to customers", "Sun Microsystems")],
   disagreement=None, notes="Product launch; IBM's rival claim is a passing line."),
 dict(id="bbc/tech/271", date=None, next_steps=[], disagreement=None,
   notes="Charges are past/present; no future action stated; Jacobsen's side is not reported."),
]
