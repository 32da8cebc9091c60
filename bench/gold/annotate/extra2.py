# Second batch (5 more BBC 2004 articles, same random draw, annotated by hand).
from extra1 import S, side, D

GOLD = [
 dict(id="bbc/business/309", date=None, next_steps=[
   S("John Patterson will be in charge of drug development", "John Patterson"),
   S("Mr Patterson would make \"substantial changes to the clinical organisation and its processes\"", "John Patterson"),
   S("I am determined to improve our development and regulatory performance, restore confidence in the company and value to shareholders", "Tom McKillop", core=False)],
   disagreement=None, notes="Drug trial failure; no dispute."),
 dict(id="bbc/entertainment/102", date="2005-01-24", next_steps=[
   S("Actor Daniel Day-Lewis is to be presented with an award for his career in film at the Berlin Film Festival", "Berlin Film Festival"),
   S("will be presented with the Berlinale Camera award on 15 February", "Berlin Film Festival", "on 15 February", "2005-02-15", "2005-02-15"),
   S("Man to Man, a historical epic starring Kristin Scott Thomas, opens the German festival on 10 February", "Man to Man", "on 10 February", "2005-02-10", "2005-02-10"),
   S("A candid documentary about the life and career of singer George Michael, A Different Story will also be screened at the 10-day event", None),
   S("Japan's oldest film studio will also be honoured along with Day-Lewis", "Berlin Film Festival"),
   S("will become the first cinematic institution to receive the Berlinale Camera award", "Shochiku film studios")],
   disagreement=None, notes="Festival programme. Date assumed."),
 dict(id="bbc/politics/191", date=None, next_steps=[
   S("an alliance of the US, India, Australia and Japan will co ordinate a humanitarian drive", "US, India, Australia and Japan")],
   disagreement=D("the US-led tsunami aid coalition",
     side("Clare Short", ["Ms Short", "Short"], "the UN should lead the relief work"),
     side("United States", ["US", "America", "President Bush", "Bush"], "a US-led alliance will coordinate the aid")),
   notes=""),
 dict(id="bbc/sport/304", date="2005-02-07", next_steps=[
   S("Wales centre Sonny Parker and number eight Ryan Jones will miss Saturday's game with Italy because of injury", "Sonny Parker and Ryan Jones", "Saturday's", "2005-02-12", "2005-02-12"),
   S("Tom Shanklin is expected to continue at centre", "Tom Shanklin"),
   S("Mike Ruddock may make Gavin Henson his first-choice kicker in Rome", "Mike Ruddock", core=False),
   S("giving him the kicks is something we'll talk about in selection this week", "Mike Ruddock", "this week", "2005-02-07", "2005-02-13"),
   S("we fly out to Rome on Thursday", "Wales", "on Thursday", "2005-02-10", "2005-02-10"),
   S("we'll be back playing again", "Wales", core=False)],
   disagreement=None, notes="Team news. Date assumed (the Monday after the England game)."),
 dict(id="bbc/tech/033", date=None, next_steps=[
   S("The exact financing mechanism of the fund is to be ironed out in the coming days", "WSIS", "in the coming days"),
   S("The fund is voluntary and will help finance local community-based projects", "Digital Solidarity Fund", core=False),
   S("Sixty percent of resources collected by the fund will be made available for projects in least developed countries", "Digital Solidarity Fund", core=False)],
   disagreement=D("whether the digital divide is narrowing",
     side("World Bank", ["World Bank report", "report"], "the digital divide is rapidly closing"),
     side("World Summit on the Information Society", ["WSIS", "UN", "United Nation's", "World Summit for the Information Society", "spokesman"], "the divide is very real and needs financing")),
   notes=""),
]
