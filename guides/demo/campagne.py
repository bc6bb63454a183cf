"""Demo guides for the topic 'campagne' (campaigning)."""

TOPIC = "campagne"

GUIDES = [
    # ------------------------------------------------------------------------------------------
    # 1. Campagneplan
    # ------------------------------------------------------------------------------------------
    {
        "slug": "campagne-plan",
        "title": "Een campagneplan maken: doel, boodschap, team en budget",
        "summary": (
            "Zo schrijft u een campagneplan voor de gemeenteraadsverkiezingen: van een haalbaar "
            "doel en een heldere boodschap tot een campagneteam, een planning en een "
            "campagnebudget."
        ),
        "tags": ["campagne", "campagneplan", "campagneteam", "campagnebudget", "verkiezingen"],
        "related": [
            "campagne-deur-aan-deur-flyeren",
            "campagne-media-en-verkiezingsdag",
            "programma-schrijven",
            "fondsenwerving-basis",
            "kandidaatstelling-registratie-en-inlevering",
        ],
        "body": [
            (
                "paragraph",
                "<p>Een goede campagne begint niet zes weken voor de gemeenteraadsverkiezingen, "
                "maar ruim een jaar eerder, met een plan. Een campagneplan dwingt u om keuzes te "
                "maken: wat wilt u bereiken, bij welke kiezers, met welke boodschap, met welke "
                "mensen en met hoeveel geld? Zonder plan gaat de meeste energie naar wat op dat "
                "moment urgent lijkt, en blijven juist de activiteiten liggen die stemmen "
                "opleveren.</p>"
                "<p>Een campagneplan hoeft geen dik rapport te zijn. Voor de meeste lokale "
                "partijen is vijf tot tien pagina's genoeg. Belangrijker is dat het bestuur, de "
                "lijsttrekker en het campagneteam het plan samen dragen en dat het tijdens de "
                "campagne echt gebruikt wordt: als kompas en als draaiboek.</p>",
            ),
            ("heading", "Begin met een haalbaar doel"),
            (
                "paragraph",
                "<p>Formuleer uw doel zo concreet mogelijk. ‘Zo veel mogelijk stemmen’ is geen "
                "doel; ‘van twee naar drie zetels’ of ‘voor het eerst een zetel halen’ wel. Reken "
                "daarna terug hoeveel stemmen daarvoor nodig zijn. De kiesdeler, het aantal "
                "geldige stemmen gedeeld door het aantal zetels in de raad, geeft een eerste "
                "indicatie. Gebruik daarvoor de uitslag en de opkomst van de vorige verkiezingen "
                "in uw gemeente.</p>"
                "<p>Kijk ook naar waar uw stemmen vandaan kwamen. De uitslagen per stembureau "
                "zijn openbaar. Zo ziet u in welke wijken en kernen uw partij sterk staat, waar "
                "nog ruimte is en waar de opkomst laag was. Die analyse bepaalt later waar u "
                "deur-aan-deur gaat en waar u folders verspreidt.</p>",
            ),
            ("heading", "Boodschap en doelgroepen"),
            (
                "paragraph",
                "<p>Uw boodschap is het verhaal dat kiezers moeten onthouden. Haal het uit uw "
                "verkiezingsprogramma, maar beperk u tot drie kernpunten die passen bij wat "
                "inwoners in uw gemeente bezighoudt. Test de boodschap in een paar gesprekken met "
                "mensen buiten de partij: begrijpen ze waar u voor staat, en waarin u verschilt "
                "van andere partijen?</p>"
                "<p>Kies daarna uw doelgroepen. Denk aan:</p>"
                "<ul>"
                "<li>trouwe kiezers, die u vooral moet herinneren aan de verkiezingsdag;</li>"
                "<li>twijfelaars, die u wilt overtuigen met uw kernpunten;</li>"
                "<li>inwoners van wijken of dorpen waar uw partij nog weinig bekend is;</li>"
                "<li>groepen die u speciaal wilt aanspreken, zoals jongeren, ouderen of "
                "ondernemers.</li>"
                "</ul>"
                "<p>Per doelgroep bepaalt u de beste aanpak. Ouderen in een dorpskern bereikt u "
                "beter met een huis-aan-huisfolder en een marktkraam, jongeren eerder via sociale "
                "media, op school of bij de sportclub.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo stelt u een campagneplan op",
                    "steps": [
                        {
                            "title": "Stel een campagneleider aan",
                            "text": "<p>Laat het bestuur iemand aanwijzen die de campagne "
                            "coördineert en niet zelf kandidaat is. Zo houdt de lijsttrekker "
                            "tijd voor gesprekken, debatten en de lokale pers.</p>",
                        },
                        {
                            "title": "Analyseer de uitgangssituatie",
                            "text": "<p>Verzamel de uitslagen en de opkomst van vorige "
                            "verkiezingen, de resultaten per stembureau en een eerlijk beeld van "
                            "de sterke en zwakke punten van uw partij.</p>",
                        },
                        {
                            "title": "Bepaal doel, boodschap en doelgroepen",
                            "text": "<p>Leg vast hoeveel stemmen of zetels u wilt halen, welke "
                            "drie kernpunten u uitdraagt en welke kiezers u wilt bereiken.</p>",
                        },
                        {
                            "title": "Kies de middelen",
                            "text": "<p>Kies per doelgroep de middelen: deur-aan-deur, flyeren, "
                            "een marktkraam, sociale media, de lokale pers, debatten of "
                            "bijeenkomsten. Doe liever een paar dingen goed dan alles half.</p>",
                        },
                        {
                            "title": "Maak een planning en een begroting",
                            "text": "<p>Zet alle activiteiten in een tijdlijn, terugrekenend "
                            "vanaf de verkiezingsdag, en koppel aan elke activiteit de kosten en "
                            "een verantwoordelijke.</p>",
                        },
                        {
                            "title": "Bespreek het plan met bestuur en leden",
                            "text": "<p>Laat het bestuur het plan goedkeuren en presenteer het "
                            "aan de leden, bijvoorbeeld in de ledenvergadering. Zo weten leden "
                            "wat er van hen gevraagd wordt.</p>",
                        },
                        {
                            "title": "Evalueer onderweg",
                            "text": "<p>Kijk elke maand of u op koers ligt: hoeveel "
                            "vrijwilligers zijn er, hoeveel adressen zijn bezocht, hoeveel geld "
                            "is uitgegeven? Stuur bij waar dat nodig is.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Het campagneteam"),
            (
                "paragraph",
                "<p>Een campagneteam van vijf tot acht mensen is voor de meeste lokale partijen "
                "genoeg. Zorg dat de belangrijkste taken belegd zijn:</p>"
                "<ul>"
                "<li><b>campagneleider</b>: houdt overzicht, bewaakt planning en budget en zit "
                "het wekelijkse overleg voor;</li>"
                "<li><b>communicatie</b>: sociale media, website, persberichten en contact met "
                "de lokale pers;</li>"
                "<li><b>vrijwilligerscoördinator</b>: werft en roostert vrijwilligers voor "
                "flyeren, deur-aan-deur en de marktkraam;</li>"
                "<li><b>materialen en logistiek</b>: folders, posters, drukwerk, de kraam en de "
                "opslag;</li>"
                "<li><b>penningmeester</b> of een budgethouder die alle uitgaven bijhoudt.</li>"
                "</ul>"
                "<p>De lijsttrekker hoort bij het team, maar is niet de campagneleider. Spreek af "
                "hoe vaak u overlegt (in de laatste maanden liefst wekelijks) en wie snel mag "
                "beslissen als er bijvoorbeeld een reactie op nieuws nodig is.</p>",
            ),
            (
                "quote",
                {
                    "quote": "De eerste keer deden we alles met z'n drieën en op gevoel. De "
                    "tweede keer hadden we een campagneplan met een duidelijke taakverdeling. "
                    "Het verschil zat niet in meer geld, maar in rust: iedereen wist wat er van "
                    "hem of haar verwacht werd.",
                    "name": "Marloes",
                    "role": "campagneleider",
                    "party": "een lokale partij in Overijssel",
                },
            ),
            ("heading", "Het campagnebudget"),
            (
                "paragraph",
                "<p>Maak een begroting voordat u iets bestelt. Begin bij de inkomsten: wat is er "
                "gespaard uit contributies, wat leveren afdrachten van raadsleden en giften op, "
                "en wilt u een actie voor fondsenwerving houden? Verdeel pas daarna het geld over "
                "de uitgaven. Houd een reserve aan voor onverwachte kosten, zoals een extra "
                "oplage folders.</p>"
                "<p>Het voorbeeld hieronder is bedoeld als houvast. De bedragen verschillen sterk "
                "per gemeente: in een grote stad kost alleen al een huis-aan-huisfolder veel meer "
                "dan in een kleine plattelandsgemeente.</p>",
            ),
            (
                "table",
                {
                    "caption": "Voorbeeld van een campagnebudget voor een middelgrote gemeente",
                    "header": ["Post", "Bedrag", "Toelichting"],
                    "rows": [
                        [
                            "Folders en flyers",
                            "€ 1.500",
                            "Huis-aan-huisfolder en flyers voor de markt",
                        ],
                        ["Posters", "€ 600", "Posters voor verkiezingsborden en raamaffiches"],
                        [
                            "Sociale media",
                            "€ 500",
                            "Video's maken en eventueel promotie, voor zover toegestaan",
                        ],
                        [
                            "Marktkraam en materialen",
                            "€ 400",
                            "Kraamhuur, vlag, spandoek en koffie",
                        ],
                        [
                            "Bijeenkomsten",
                            "€ 500",
                            "Zaalhuur voor de campagneaftrap en de uitslagenavond",
                        ],
                        ["Reserve", "€ 500", "Ongeveer tien procent voor onvoorziene kosten"],
                        ["Totaal", "€ 4.000", "Pas de bedragen aan uw eigen situatie aan"],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Regels voor posters, folders en kramen verschillen per gemeente",
                    "text": "<p>Waar u mag plakken, flyeren of een kraam mag neerzetten, bepaalt "
                    "elke gemeente zelf, meestal in de Algemene Plaatselijke Verordening (APV) of "
                    "in aparte regels voor verkiezingsborden. Wat in de ene gemeente mag, is in de "
                    "buurgemeente soms verboden. Zoek de regels op of vraag ze na bij de gemeente "
                    "voordat u materialen bestelt.</p>",
                },
            ),
            (
                "document",
                {
                    "key": "campagneplan-sjabloon",
                    "title": "Sjabloon campagneplan",
                    "description": "Een invulbaar sjabloon met alle onderdelen van een "
                    "campagneplan: analyse, doel, boodschap, doelgroepen, middelen, planning, "
                    "taakverdeling en begroting.",
                },
            ),
            (
                "checklist",
                {
                    "title": "Staat dit in uw campagneplan?",
                    "items": [
                        "Een concreet doel in stemmen of zetels",
                        "Een analyse van de vorige uitslag, per wijk of stembureau",
                        "Drie kernpunten uit het verkiezingsprogramma",
                        "De doelgroepen die u wilt bereiken",
                        "De middelen per doelgroep",
                        "Een planning terugrekenend vanaf de verkiezingsdag",
                        "Een campagneteam met duidelijke taken",
                        "Een campagnebudget met inkomsten, uitgaven en een reserve",
                        "Een plan om vrijwilligers te werven en in te roosteren",
                        "Vaste momenten om te evalueren en bij te sturen",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Wanneer beginnen we met het campagneplan?",
                        "answer": "<p>Begin bij voorkeur een jaar voor de verkiezingen. De "
                        "gemeenteraadsverkiezingen zijn in maart; start dus in het voorjaar "
                        "daarvoor met de analyse en het campagneteam, zodat het plan klaar is "
                        "rond de tijd dat de kandidatenlijst en het verkiezingsprogramma worden "
                        "vastgesteld.</p>",
                    },
                    {
                        "question": "Hoeveel geld heeft een lokale partij nodig voor een campagne?",
                        "answer": "<p>Dat verschilt sterk per gemeente en per partij. Kleine "
                        "partijen voeren soms campagne met een paar honderd euro, partijen in "
                        "grote gemeenten met vele duizenden. Belangrijker dan het bedrag is dat u "
                        "het geld besteedt aan middelen die uw doelgroepen echt bereiken. Lees ook "
                        "de gids over fondsenwerving.</p>",
                    },
                    {
                        "question": "Moet de ledenvergadering het campagneplan goedkeuren?",
                        "answer": "<p>Dat is meestal niet verplicht; kijk in uw statuten en het "
                        "huishoudelijk reglement. Het is wel verstandig om het plan aan de leden "
                        "te presenteren. Leden die weten wat de bedoeling is, melden zich eerder "
                        "aan als vrijwilliger.</p>",
                    },
                    {
                        "question": "Kan de lijsttrekker ook campagneleider zijn?",
                        "answer": "<p>Dat kan, maar we raden het af. De lijsttrekker heeft in de "
                        "laatste weken alle tijd nodig voor debatten, interviews en gesprekken met "
                        "kiezers. Een aparte campagneleider houdt het overzicht en ontlast de "
                        "lijsttrekker.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "campaign-plan",
            "title": "Writing a campaign plan: goal, message, team and budget",
            "summary": (
                "How to write a campaign plan for the municipal elections: from a realistic goal "
                "and a clear message to a campaign team, a schedule and a campaign budget."
            ),
            "tags": [
                "campaigning",
                "campaign plan",
                "campaign team",
                "campaign budget",
                "elections",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>A good campaign does not start six weeks before the municipal elections, "
                    "but well over a year earlier, with a plan. A campaign plan forces you to make "
                    "choices: what do you want to achieve, with which voters, with what message, "
                    "with which people and with how much money? Without a plan, most of your "
                    "energy goes to whatever feels urgent at the time, and the activities that "
                    "actually win votes are left undone.</p>"
                    "<p>A campaign plan does not need to be a thick report. For most local "
                    "parties, five to ten pages is enough. What matters more is that the board, "
                    "the lead candidate and the campaign team all stand behind the plan, and that "
                    "it is actually used during the campaign: as a compass and as a script.</p>",
                ),
                ("heading", "Start with a realistic goal"),
                (
                    "paragraph",
                    "<p>Make your goal as concrete as you can. ‘As many votes as possible’ is not "
                    "a goal; ‘from two to three seats’ or ‘winning our first seat’ is. Then work "
                    "out how many votes that takes. The electoral quota (kiesdeler), the number of "
                    "valid votes divided by the number of council seats, gives you a first "
                    "estimate. Base it on the results and the turnout of the previous elections "
                    "in your municipality.</p>"
                    "<p>Also look at where your votes came from. Results per polling station are "
                    "public. They show you in which neighbourhoods and villages your party is "
                    "strong, where there is room to grow and where turnout was low. That analysis "
                    "later decides where you go door to door and where you deliver leaflets.</p>",
                ),
                ("heading", "Message and target voters"),
                (
                    "paragraph",
                    "<p>Your message is the story voters should remember. Take it from your "
                    "election programme, but limit yourself to three key points that match what "
                    "residents of your municipality care about. Test the message in a few "
                    "conversations with people outside the party: do they understand what you "
                    "stand for, and how you differ from other parties?</p>"
                    "<p>Then choose your target groups. Think of:</p>"
                    "<ul>"
                    "<li>loyal voters, who mainly need reminding of election day;</li>"
                    "<li>undecided voters, whom you want to win over with your key points;</li>"
                    "<li>residents of neighbourhoods or villages where your party is still little "
                    "known;</li>"
                    "<li>groups you particularly want to reach, such as young people, older "
                    "people or business owners.</li>"
                    "</ul>"
                    "<p>Choose the best approach for each group. Older residents of a village are "
                    "easier to reach with a leaflet through every letterbox and a market stall; "
                    "young people more often through social media, at school or at the sports "
                    "club.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to put together a campaign plan",
                        "steps": [
                            {
                                "title": "Appoint a campaign manager",
                                "text": "<p>Have the board appoint someone to coordinate the "
                                "campaign who is not a candidate. That leaves the lead candidate "
                                "free for conversations, debates and the local press.</p>",
                            },
                            {
                                "title": "Analyse your starting position",
                                "text": "<p>Collect the results and turnout of previous "
                                "elections, the results per polling station and an honest "
                                "picture of your party's strengths and weaknesses.</p>",
                            },
                            {
                                "title": "Set your goal, message and target voters",
                                "text": "<p>Write down how many votes or seats you are aiming "
                                "for, which three key points you will promote and which voters "
                                "you want to reach.</p>",
                            },
                            {
                                "title": "Choose your tools",
                                "text": "<p>For each target group, choose the tools: door-to-door "
                                "canvassing, leafleting, a market stall, social media, the local "
                                "press, debates or meetings. Better to do a few things well than "
                                "everything by halves.</p>",
                            },
                            {
                                "title": "Draw up a schedule and a budget",
                                "text": "<p>Put every activity on a timeline, counting back "
                                "from election day, and attach a cost and a person responsible "
                                "to each one.</p>",
                            },
                            {
                                "title": "Discuss the plan with the board and members",
                                "text": "<p>Have the board approve the plan and present it to "
                                "the members, for example at the members' meeting. That way "
                                "members know what is being asked of them.</p>",
                            },
                            {
                                "title": "Review as you go",
                                "text": "<p>Check every month whether you are on track: how many "
                                "volunteers do you have, how many addresses have been visited, "
                                "how much money has been spent? Adjust where needed.</p>",
                            },
                        ],
                    },
                ),
                ("heading", "The campaign team"),
                (
                    "paragraph",
                    "<p>A campaign team of five to eight people is enough for most local parties. "
                    "Make sure the main tasks are covered:</p>"
                    "<ul>"
                    "<li><b>campaign manager</b>: keeps the overview, watches the schedule and "
                    "budget, and chairs the weekly meeting;</li>"
                    "<li><b>communications</b>: social media, website, press releases and "
                    "contact with the local press;</li>"
                    "<li><b>volunteer coordinator</b>: recruits volunteers and draws up the rota "
                    "for leafleting, canvassing and the market stall;</li>"
                    "<li><b>materials and logistics</b>: leaflets, posters, printing, the stall "
                    "and storage;</li>"
                    "<li><b>treasurer</b> or a budget holder who keeps track of all "
                    "spending.</li>"
                    "</ul>"
                    "<p>The lead candidate is part of the team but is not the campaign manager. "
                    "Agree how often you meet (weekly in the final months, ideally) and who can "
                    "decide quickly when, for example, you need to respond to the news.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "The first time, the three of us did everything on gut feeling. "
                        "The second time we had a campaign plan with a clear division of tasks. "
                        "The difference wasn't more money, it was calm: everyone knew what was "
                        "expected of them.",
                        "name": "Marloes",
                        "role": "campaign manager",
                        "party": "a local party in Overijssel",
                    },
                ),
                ("heading", "The campaign budget"),
                (
                    "paragraph",
                    "<p>Draw up a budget before you order anything. Start with income: what has "
                    "been saved from membership fees, what will contributions from councillors "
                    "and donations bring in, and do you want to run a fundraising drive? Only then "
                    "divide the money over your expenses. Keep a reserve for the unexpected, such "
                    "as an extra print run of leaflets.</p>"
                    "<p>The example below is meant as a guide. Amounts vary widely between "
                    "municipalities: in a big city, a leaflet through every letterbox alone costs "
                    "far more than in a small rural municipality.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Example of a campaign budget for a medium-sized municipality",
                        "header": ["Item", "Amount", "Notes"],
                        "rows": [
                            [
                                "Leaflets and flyers",
                                "€1,500",
                                "Door-to-door leaflet and flyers for the market",
                            ],
                            ["Posters", "€600", "Posters for election boards and window posters"],
                            [
                                "Social media",
                                "€500",
                                "Making videos and possibly promotion, where allowed",
                            ],
                            [
                                "Market stall and materials",
                                "€400",
                                "Stall hire, flag, banner and coffee",
                            ],
                            [
                                "Events",
                                "€500",
                                "Venue hire for the campaign launch and the results night",
                            ],
                            ["Reserve", "€500", "Roughly ten percent for unforeseen costs"],
                            ["Total", "€4,000", "Adjust the amounts to your own situation"],
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Rules on posters, leaflets and stalls differ per municipality",
                        "text": "<p>Where you may put up posters, hand out flyers or set up a "
                        "stall is decided by each municipality, usually in its general local "
                        "by-law (the APV) or in separate rules for election boards. What is "
                        "allowed in one municipality may be banned next door. Look up the rules "
                        "or ask the municipality before you order any materials.</p>",
                    },
                ),
                (
                    "document",
                    {
                        "key": "campagneplan-sjabloon",
                        "title": "Campaign plan template",
                        "description": "A fill-in template with every part of a campaign plan: "
                        "analysis, goal, message, target voters, tools, schedule, division of "
                        "tasks and budget.",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Is this in your campaign plan?",
                        "items": [
                            "A concrete goal in votes or seats",
                            "An analysis of the previous result, per neighbourhood or polling station",
                            "Three key points from the election programme",
                            "The target voters you want to reach",
                            "The tools for each target group",
                            "A schedule counting back from election day",
                            "A campaign team with clear tasks",
                            "A campaign budget with income, spending and a reserve",
                            "A plan to recruit volunteers and put them on a rota",
                            "Fixed moments to review and adjust",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "When should we start on the campaign plan?",
                            "answer": "<p>Ideally a year before the elections. Municipal "
                            "elections are held in March, so start the analysis and form the "
                            "campaign team in the spring before, so that the plan is ready around "
                            "the time the candidate list and the election programme are "
                            "adopted.</p>",
                        },
                        {
                            "question": "How much money does a local party need for a campaign?",
                            "answer": "<p>That varies a lot between municipalities and parties. "
                            "Small parties sometimes campaign on a few hundred euros, parties in "
                            "large municipalities on many thousands. More important than the "
                            "amount is spending it on tools that really reach your target "
                            "voters. See also the guide on fundraising.</p>",
                        },
                        {
                            "question": "Does the members' meeting have to approve the campaign plan?",
                            "answer": "<p>Usually not; check your statutes and standing orders. "
                            "It is wise, though, to present the plan to the members. Members who "
                            "know what the plan is are quicker to volunteer.</p>",
                        },
                        {
                            "question": "Can the lead candidate also be the campaign manager?",
                            "answer": "<p>It is possible, but we advise against it. In the final "
                            "weeks the lead candidate needs all their time for debates, "
                            "interviews and talking to voters. A separate campaign manager keeps "
                            "the overview and takes work off the lead candidate's hands.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # 2. Op straat: deur-aan-deur, flyeren, marktkraam, vrijwilligers
    # ------------------------------------------------------------------------------------------
    {
        "slug": "campagne-deur-aan-deur-flyeren",
        "title": "Campagne op straat: deur-aan-deur, flyeren en de marktkraam",
        "summary": (
            "Een praktische aanpak voor deur-aan-deur gaan, folders huis-aan-huis verspreiden, "
            "flyeren en een marktkraam, en hoe u daar genoeg vrijwilligers voor vindt en houdt."
        ),
        "tags": ["campagne", "deur-aan-deur", "flyeren", "marktkraam", "vrijwilligers"],
        "related": [
            "campagne-plan",
            "campagne-media-en-verkiezingsdag",
            "ledenwerving-wervingsplan",
        ],
        "body": [
            (
                "paragraph",
                "<p>Lokale partijen winnen stemmen vooral door persoonlijk contact. Inwoners "
                "stemmen eerder op een partij als ze iemand van die partij hebben gesproken: aan "
                "de deur, op de markt of bij de supermarkt. Dat is ook de kracht van een lokale "
                "partij. Uw kandidaten wonen in de wijken waar ze campagne voeren.</p>"
                "<p>In deze gids leest u hoe u deur-aan-deur gaat, hoe u folders huis-aan-huis "
                "verspreidt en flyert, hoe u een marktkraam organiseert en hoe u de vrijwilligers "
                "vindt die u daarvoor nodig hebt.</p>",
            ),
            ("heading", "Deur-aan-deur: het meest persoonlijke middel"),
            (
                "paragraph",
                "<p>Een gesprek aan de deur duurt meestal maar een paar minuten, maar blijft veel "
                "beter hangen dan een folder. Ga niet lukraak de straat op. Kies op basis van uw "
                "campagneplan de wijken waar u veel mogelijke kiezers hebt of waar de opkomst laag "
                "was, en ga op momenten dat mensen thuis zijn: doordeweeks tussen half zes en half "
                "acht 's avonds, of op zaterdag overdag.</p>"
                "<p>Ga in tweetallen, liefst een ervaren campagnevoerder met een nieuwe "
                "vrijwilliger. Neem folders mee en een kaartje voor wie niet thuis is. Houd het "
                "gesprek kort en luister vooral: vraag wat mensen belangrijk vinden in hun buurt, "
                "en vertel in een paar zinnen waar uw partij voor staat.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo voert u een goed gesprek aan de deur",
                    "steps": [
                        {
                            "title": "Stel u voor",
                            "text": "<p>Noem uw naam en uw partij, en vertel dat u in de buurt "
                            "woont als dat zo is. Zeg dat de gemeenteraadsverkiezingen eraan "
                            "komen.</p>",
                        },
                        {
                            "title": "Stel een open vraag",
                            "text": "<p>Bijvoorbeeld: ‘Wat zou u in deze wijk graag anders "
                            "zien?’ Zo draait het gesprek om de bewoner, niet om uw "
                            "programma.</p>",
                        },
                        {
                            "title": "Koppel het antwoord aan een kernpunt",
                            "text": "<p>Laat zien wat uw partij met dat onderwerp wil. Hebt u "
                            "er geen standpunt over, wees dan eerlijk en beloof het uit te "
                            "zoeken.</p>",
                        },
                        {
                            "title": "Geef iets mee",
                            "text": "<p>Geef een folder of kaartje met de verkiezingsdatum en "
                            "de namen van uw kandidaten.</p>",
                        },
                        {
                            "title": "Sluit vriendelijk af",
                            "text": "<p>Bedank de bewoner, ook als het gesprek kort of "
                            "afwijzend was. Ga nooit in discussie op de stoep.</p>",
                        },
                        {
                            "title": "Noteer alleen wat nodig is",
                            "text": "<p>Houd per straat bij welke adressen u bezocht hebt en of "
                            "er iemand thuis was. Hebt u iets beloofd, noteer dan alleen wat "
                            "nodig is om erop terug te komen.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Privacy: leg geen politieke voorkeuren vast",
                    "text": "<p>Politieke opvattingen zijn onder de AVG bijzondere "
                    "persoonsgegevens. Leg daarom niet vast wat individuele bewoners stemmen of "
                    "van plan zijn te stemmen. Wilt u toch gegevens bewaren, bijvoorbeeld het "
                    "e-mailadres van iemand die lid wil worden of de nieuwsbrief wil ontvangen, "
                    "vraag dan uitdrukkelijk toestemming en bewaar het veilig.</p>",
                },
            ),
            (
                "image",
                {
                    "key": "campagne-deur-aan-deur",
                    "alt": "Twee vrijwilligers met een stapel folders staan bij de voordeur van "
                    "een rijtjeshuis en praten met een bewoner in de deuropening",
                    "caption": "Ga met z'n tweeën: een ervaren campagnevoerder en een nieuwe "
                    "vrijwilliger.",
                },
            ),
            ("heading", "Huis-aan-huis folders verspreiden en flyeren"),
            (
                "paragraph",
                "<p>Een folder in elke brievenbus is voor veel lokale partijen de basis van de "
                "campagne. Verdeel de gemeente in routes van één tot twee uur lopen en wijs per "
                "route een vaste vrijwilliger aan. Zo weet u zeker dat elke wijk gedekt is. Plan "
                "de verspreiding in de laatste twee tot drie weken voor de verkiezingen, zodat de "
                "folder nog vers in het geheugen zit als mensen gaan stemmen.</p>"
                "<p>Flyeren, het uitdelen van flyers aan voorbijgangers, werkt het best op "
                "drukke plekken: bij de supermarkt, het station, de weekmarkt of een evenement. "
                "Enkele tips:</p>"
                "<ul>"
                "<li>houd de folder kort: een foto, drie kernpunten, de lijsttrekker en de "
                "verkiezingsdatum;</li>"
                "<li>sla brievenbussen met een nee-nee-sticker over, want bewoners ergeren zich "
                "aan folders die ze niet willen;</li>"
                "<li>vraag de eigenaar om toestemming als u op privéterrein wilt staan, zoals "
                "het parkeerterrein van een supermarkt;</li>"
                "<li>kijk in de APV of uw gemeente regels heeft voor het uitdelen van drukwerk op "
                "straat, want die verschillen per gemeente.</li>"
                "</ul>",
            ),
            ("heading", "De marktkraam"),
            (
                "paragraph",
                "<p>Een marktkraam op de weekmarkt of bij een dorpsfeest maakt uw partij "
                "zichtbaar en benaderbaar. Vraag ruim van tevoren toestemming aan de gemeente of "
                "de marktorganisatie; op veel markten is de ruimte beperkt en geldt een vaste "
                "regeling voor politieke partijen. Zorg voor een herkenbare kraam met uw "
                "partijnaam en kleuren, en voor iets wat mensen laat stoppen: koffie, een korte "
                "vraag of een stemming met knikkers over een lokaal onderwerp.</p>"
                "<p>Zet altijd minstens twee mensen in de kraam, bij voorkeur met een kandidaat "
                "erbij. Blijf niet achter de kraam staan, maar ga ervoor staan en spreek mensen "
                "aan.</p>",
            ),
            ("heading", "Vrijwilligers werven en vasthouden"),
            (
                "paragraph",
                "<p>Zonder vrijwilligers geen campagne op straat. Begin bij uw leden: vraag "
                "iedereen persoonlijk, niet alleen via de nieuwsbrief, wat hij of zij wil en kan. "
                "Veel mensen willen best een avond helpen, maar melden zich niet uit zichzelf. "
                "Vraag ook familie, buren en sympathisanten. Een campagne is voor veel mensen een "
                "mooie eerste kennismaking met uw partij en levert vaak nieuwe leden op.</p>"
                "<p>Maak meedoen makkelijk. Bied korte, concrete klussen aan (‘zaterdag van tien "
                "tot twaalf flyeren bij de supermarkt’), zorg voor een korte instructie en houd "
                "een rooster bij. Bedank vrijwilligers na afloop en nodig ze uit voor de "
                "uitslagenavond.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Na drie avonden deur-aan-deur wist ik meer over onze wijk dan na "
                    "vier jaar in de raad. Mensen zijn bijna altijd vriendelijk, zeker als je "
                    "vertelt dat je zelf om de hoek woont.",
                    "name": "Ahmed",
                    "role": "raadslid en kandidaat",
                    "party": "een lokale partij in Zuid-Holland",
                },
            ),
            (
                "checklist",
                {
                    "title": "Meenemen op campagne",
                    "items": [
                        "Folders en kaartjes voor wie niet thuis is",
                        "Een lijst of kaart van de straten die u bezoekt",
                        "Een herkenbaar kledingstuk of een button van de partij",
                        "De drie kernpunten en de verkiezingsdatum paraat",
                        "Het telefoonnummer van de campagneleider voor vragen",
                        "Goede schoenen en regenkleding",
                        "Een pen en notitieblok of een app om bezochte adressen bij te houden",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Mogen we zomaar aanbellen bij mensen?",
                        "answer": "<p>Ja, u mag aanbellen om over politiek te praten. Wees wel "
                        "respectvol: bel niet te laat op de avond aan, accepteer een ‘nee, dank "
                        "u’ en sla huizen over met een bordje dat bewoners niet gestoord willen "
                        "worden.</p>",
                    },
                    {
                        "question": "Hebben we een vergunning nodig om te flyeren?",
                        "answer": "<p>Dat hangt af van uw gemeente. In veel gemeenten is "
                        "flyeren vrij, in andere gelden regels voor bepaalde plekken of tijden, "
                        "bijvoorbeeld in het centrum. Kijk in de APV of vraag het na bij de "
                        "gemeente. Op privéterrein hebt u altijd toestemming van de eigenaar "
                        "nodig.</p>",
                    },
                    {
                        "question": "Hoeveel vrijwilligers hebben we nodig voor de huis-aan-huisfolder?",
                        "answer": "<p>Een vrijwilliger bezorgt in een wijk met rijtjeshuizen al "
                        "gauw 200 tot 300 folders per uur; in het buitengebied en bij flats met "
                        "gesloten portieken gaat het veel langzamer. Deel het aantal adressen in "
                        "uw gemeente op in routes en u ziet hoeveel mensen u nodig hebt. Voor "
                        "deur-aan-deur en de marktkraam komen daar nog mensen bij.</p>",
                    },
                    {
                        "question": "Wat doen we als iemand aan de deur boos of agressief wordt?",
                        "answer": "<p>Blijf rustig, ga niet in discussie en beëindig het gesprek "
                        "vriendelijk. Voelt u zich niet veilig, loop dan weg en meld het bij de "
                        "campagneleider. Juist daarom gaat u altijd met z'n tweeën.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "campaign-door-to-door-and-leafleting",
            "title": "Campaigning on the street: door-to-door, leafleting and the market stall",
            "summary": (
                "A practical approach to door-to-door canvassing, delivering leaflets, handing "
                "out flyers and running a market stall, and how to find and keep enough "
                "volunteers to do it."
            ),
            "tags": ["campaigning", "door-to-door", "leafleting", "market stall", "volunteers"],
            "body": [
                (
                    "paragraph",
                    "<p>Local parties win votes above all through personal contact. Residents "
                    "are more likely to vote for a party if they have spoken to someone from it: "
                    "on the doorstep, at the market or outside the supermarket. That is also the "
                    "strength of a local party. Your candidates live in the neighbourhoods where "
                    "they campaign.</p>"
                    "<p>This guide explains how to go door to door, how to deliver leaflets and "
                    "hand out flyers, how to run a market stall and how to find the volunteers "
                    "you need for all of this.</p>",
                ),
                ("heading", "Door-to-door: the most personal tool"),
                (
                    "paragraph",
                    "<p>A conversation on the doorstep usually lasts only a few minutes, but it "
                    "sticks far better than a leaflet. Don't just wander the streets. Use your "
                    "campaign plan to choose the neighbourhoods where you have many potential "
                    "voters or where turnout was low, and go when people are at home: on weekday "
                    "evenings between half past five and half past seven, or during the day on "
                    "Saturdays.</p>"
                    "<p>Go in pairs, ideally an experienced campaigner with a new volunteer. "
                    "Bring leaflets and a card for people who are out. Keep the conversation "
                    "short and above all listen: ask what people care about in their area, and "
                    "say in a few sentences what your party stands for.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to have a good conversation on the doorstep",
                        "steps": [
                            {
                                "title": "Introduce yourself",
                                "text": "<p>Give your name and your party, and mention that you "
                                "live nearby if you do. Say that the municipal elections are "
                                "coming up.</p>",
                            },
                            {
                                "title": "Ask an open question",
                                "text": "<p>For example: ‘What would you like to see change in "
                                "this neighbourhood?’ That keeps the conversation about the "
                                "resident, not about your programme.</p>",
                            },
                            {
                                "title": "Link the answer to a key point",
                                "text": "<p>Show what your party wants to do about that issue. "
                                "If you have no position on it, be honest and promise to find "
                                "out.</p>",
                            },
                            {
                                "title": "Leave something behind",
                                "text": "<p>Hand over a leaflet or card with the election date "
                                "and the names of your candidates.</p>",
                            },
                            {
                                "title": "End on a friendly note",
                                "text": "<p>Thank the resident, even if the conversation was "
                                "short or negative. Never get into an argument on the "
                                "doorstep.</p>",
                            },
                            {
                                "title": "Write down only what you need",
                                "text": "<p>Keep track, street by street, of which addresses you "
                                "visited and whether anyone was home. If you promised something, "
                                "note only what you need to follow it up.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Privacy: do not record political preferences",
                        "text": "<p>Under the GDPR (AVG), political opinions are a special "
                        "category of personal data. So do not record how individual residents "
                        "vote or intend to vote. If you do want to keep details, such as the "
                        "email address of someone who wants to join or receive the newsletter, "
                        "ask for explicit consent and store it securely.</p>",
                    },
                ),
                (
                    "image",
                    {
                        "key": "campagne-deur-aan-deur",
                        "alt": "Two volunteers holding a stack of leaflets stand at the front "
                        "door of a terraced house, talking to a resident in the doorway",
                        "caption": "Go in pairs: an experienced campaigner and a new volunteer.",
                    },
                ),
                ("heading", "Delivering leaflets and handing out flyers"),
                (
                    "paragraph",
                    "<p>A leaflet through every letterbox is the backbone of the campaign for "
                    "many local parties. Divide the municipality into rounds of one to two "
                    "hours' walk and give each round a regular volunteer. That way you know every "
                    "neighbourhood is covered. Plan the delivery for the last two to three weeks "
                    "before the elections, so the leaflet is still fresh in people's minds when "
                    "they vote.</p>"
                    "<p>Flyering, handing out flyers to passers-by, works best in busy places: "
                    "outside the supermarket, at the station, at the weekly market or at an "
                    "event. A few tips:</p>"
                    "<ul>"
                    "<li>keep the leaflet short: a photo, three key points, the lead candidate "
                    "and the election date;</li>"
                    "<li>skip letterboxes with a ‘no junk mail’ sticker (nee-nee), because "
                    "residents are annoyed by leaflets they don't want;</li>"
                    "<li>ask the owner's permission if you want to stand on private property, "
                    "such as a supermarket car park;</li>"
                    "<li>check the local by-law (APV) to see whether your municipality has rules "
                    "on handing out printed matter in the street, because they differ per "
                    "municipality.</li>"
                    "</ul>",
                ),
                ("heading", "The market stall"),
                (
                    "paragraph",
                    "<p>A stall at the weekly market or a village fair makes your party visible "
                    "and approachable. Ask the municipality or the market organisers for "
                    "permission well in advance; space is limited at many markets and there is "
                    "often a fixed arrangement for political parties. Make sure the stall is "
                    "recognisable, with your party name and colours, and offer something that "
                    "makes people stop: coffee, a quick question or a vote with marbles on a "
                    "local issue.</p>"
                    "<p>Always have at least two people at the stall, preferably including a "
                    "candidate. Don't stay behind the stall: stand in front of it and talk to "
                    "people.</p>",
                ),
                ("heading", "Recruiting and keeping volunteers"),
                (
                    "paragraph",
                    "<p>No volunteers, no street campaign. Start with your members: ask everyone "
                    "personally, not just through the newsletter, what they would like to do and "
                    "are able to do. Many people are happy to help for an evening but will not "
                    "come forward on their own. Ask family, neighbours and supporters too. For "
                    "many people a campaign is a good first introduction to your party, and it "
                    "often brings in new members.</p>"
                    "<p>Make it easy to take part. Offer short, concrete tasks (‘handing out "
                    "flyers at the supermarket on Saturday from ten to twelve’), give a short "
                    "briefing and keep a rota. Thank volunteers afterwards and invite them to the "
                    "results night.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "After three evenings of door-to-door I knew more about our "
                        "neighbourhood than after four years on the council. People are nearly "
                        "always friendly, especially when you tell them you live round the "
                        "corner.",
                        "name": "Ahmed",
                        "role": "councillor and candidate",
                        "party": "a local party in South Holland",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "What to take on the campaign trail",
                        "items": [
                            "Leaflets and cards for people who are out",
                            "A list or map of the streets you are visiting",
                            "Something recognisable to wear, or a party badge",
                            "The three key points and the election date at your fingertips",
                            "The campaign manager's phone number for questions",
                            "Good shoes and rain gear",
                            "A pen and notebook or an app to keep track of addresses visited",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Are we allowed to just ring people's doorbells?",
                            "answer": "<p>Yes, you may ring doorbells to talk about politics. Do "
                            "be respectful: don't call too late in the evening, accept a ‘no, "
                            "thank you’ and skip houses with a sign saying the residents don't "
                            "want to be disturbed.</p>",
                        },
                        {
                            "question": "Do we need a permit to hand out flyers?",
                            "answer": "<p>That depends on your municipality. In many "
                            "municipalities flyering is unrestricted; in others there are rules "
                            "for certain places or times, for example in the town centre. Check "
                            "the local by-law (APV) or ask the municipality. On private property "
                            "you always need the owner's permission.</p>",
                        },
                        {
                            "question": "How many volunteers do we need for the door-to-door leaflet?",
                            "answer": "<p>In a neighbourhood of terraced houses, one volunteer "
                            "can easily deliver 200 to 300 leaflets an hour; in rural areas and "
                            "in flats with locked entrances it goes much more slowly. Divide the "
                            "addresses in your municipality into rounds and you will see how "
                            "many people you need. Canvassing and the market stall need extra "
                            "people on top of that.</p>",
                        },
                        {
                            "question": "What do we do if someone at the door gets angry or aggressive?",
                            "answer": "<p>Stay calm, don't argue and end the conversation "
                            "politely. If you don't feel safe, walk away and report it to the "
                            "campaign manager. That is exactly why you always go in pairs.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    # 3. Sociale media, pers, debatten en de verkiezingsdag
    # ------------------------------------------------------------------------------------------
    {
        "slug": "campagne-media-en-verkiezingsdag",
        "title": "Sociale media, lokale pers, debatten en de verkiezingsdag",
        "summary": (
            "Hoe u sociale media en de lokale pers inzet, een persbericht schrijft, zich "
            "voorbereidt op debatten en op de verkiezingsdag zo veel mogelijk kiezers naar de "
            "stembus krijgt."
        ),
        "tags": ["campagne", "sociale media", "lokale pers", "debat", "verkiezingsdag"],
        "related": [
            "campagne-plan",
            "campagne-deur-aan-deur-flyeren",
            "programma-doorrekenen-en-onderhandelen",
        ],
        "body": [
            (
                "paragraph",
                "<p>Op straat bereikt u kiezers één voor één. Via sociale media, de lokale pers "
                "en debatten bereikt u er veel tegelijk. Voor een lokale partij is vooral de "
                "lokale pers waardevol: de huis-aan-huiskrant, de lokale omroep en lokale "
                "nieuwssites worden goed gelezen en zijn vaak blij met nieuws uit de eigen "
                "gemeente.</p>"
                "<p>Uiteindelijk komt alles samen op de verkiezingsdag. Al uw werk heeft alleen "
                "zin als uw kiezers ook echt gaan stemmen. Daarom sluit deze gids af met de "
                "opkomst.</p>",
            ),
            ("heading", "Sociale media"),
            (
                "paragraph",
                "<p>Kies een of twee kanalen waar uw doelgroepen zitten en doe die goed. Facebook "
                "en lokale Facebookgroepen zijn in veel gemeenten nog steeds het plein waar "
                "inwoners over lokale onderwerpen praten. Instagram en TikTok bereiken vooral "
                "jongere kiezers. Post regelmatig, liefst een paar keer per week, en maak het "
                "persoonlijk: korte video's van kandidaten in hun eigen wijk werken beter dan een "
                "foto van een vergadering.</p>"
                "<ul>"
                "<li>Maak een contentkalender voor de laatste acht weken, met per week een thema "
                "uit uw programma.</li>"
                "<li>Spreek vooraf af wie namens de partij mag posten en reageren.</li>"
                "<li>Beantwoord vragen, maar laat u niet verleiden tot ruzie in de reacties.</li>"
                "<li>Gebruik geen foto's of muziek waarvan u de rechten niet hebt.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Betaalde politieke advertenties",
                    "text": "<p>Voor betaalde politieke advertenties op sociale media gelden "
                    "strengere regels, onder meer door Europese regels over de transparantie van "
                    "politieke reclame. Sommige platforms accepteren in de EU geen politieke "
                    "advertenties meer. Ga ruim voor de campagne na wat op dat moment mogelijk "
                    "is, voordat u er budget voor reserveert.</p>",
                },
            ),
            ("heading", "De lokale pers en het persbericht"),
            (
                "paragraph",
                "<p>Leg al ruim voor de campagne contact met de journalisten die over uw gemeente "
                "schrijven. Weet wie de lokale omroep maakt, wie de huis-aan-huiskrant vult en wie "
                "de gemeentepolitiek volgt voor de regionale krant. Een journalist die u kent, "
                "belt u eerder voor een reactie.</p>"
                "<p>Stuur alleen een persbericht als u echt nieuws hebt: de presentatie van uw "
                "kandidatenlijst, de vaststelling van uw verkiezingsprogramma, een opvallende "
                "actie of een concreet voorstel voor een lokaal probleem. Een goed persbericht is "
                "kort, feitelijk en direct bruikbaar.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo schrijft u een persbericht",
                    "steps": [
                        {
                            "title": "Kies een kop met nieuws",
                            "text": "<p>Vat het nieuws samen in één zin, zonder partijjargon. "
                            "‘Lokale partij wil zebrapad bij de basisschool in de Bloemenwijk’ "
                            "is beter dan ‘Wij staan voor veiligheid’.</p>",
                        },
                        {
                            "title": "Zet het belangrijkste in de eerste alinea",
                            "text": "<p>Beantwoord wie, wat, waar, wanneer en waarom. Veel "
                            "redacties nemen alleen de eerste alinea over.</p>",
                        },
                        {
                            "title": "Voeg een citaat toe",
                            "text": "<p>Een korte uitspraak van de lijsttrekker of een "
                            "kandidaat maakt het bericht levendig en bruikbaar.</p>",
                        },
                        {
                            "title": "Sluit af met contactgegevens",
                            "text": "<p>Vermeld onder het bericht wie de pers kan bellen voor "
                            "vragen, met een telefoonnummer dat die dag bereikbaar is.</p>",
                        },
                        {
                            "title": "Stuur een goede foto mee",
                            "text": "<p>Een scherpe, liggende foto met de namen in het "
                            "bijschrift vergroot de kans dat het bericht geplaatst wordt.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Debatten"),
            (
                "paragraph",
                "<p>Lokale omroepen, scholen, wijkverenigingen en ondernemersverenigingen "
                "organiseren voor de verkiezingen debatten. Zeg zo veel mogelijk toe: een debat "
                "geeft u een podium naast grotere partijen. Bereid u goed voor:</p>"
                "<ul>"
                "<li>ken de drie kernpunten en de belangrijkste cijfers uit uw programma;</li>"
                "<li>oefen korte antwoorden van hooguit een halve minuut;</li>"
                "<li>bedenk welke vragen u kunt verwachten, ook lastige over wat uw partij de "
                "afgelopen jaren heeft gedaan;</li>"
                "<li>zorg dat er leden in de zaal zitten en dat iemand foto's maakt voor sociale "
                "media.</li>"
                "</ul>"
                "<p>Blijf in het debat respectvol tegenover andere kandidaten. In een gemeente "
                "kennen mensen elkaar, en na de verkiezingen moet u misschien met dezelfde mensen "
                "samenwerken.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Ons eerste debat ging slecht: we wilden alles tegelijk vertellen. "
                    "Daarna hebben we met de kandidaten geoefend om in twintig seconden één punt "
                    "te maken. Dat is wat mensen onthouden.",
                    "name": "Joyce",
                    "role": "lijsttrekker",
                    "party": "een lokale partij in Limburg",
                },
            ),
            ("heading", "Planning voor de laatste weken"),
            (
                "table",
                {
                    "caption": "Voorbeeld van een communicatieplanning voor de laatste acht weken",
                    "header": ["Wanneer", "Sociale media", "Pers en debatten"],
                    "rows": [
                        [
                            "8 weken vooraf",
                            "Contentkalender klaar, kandidaten voorstellen",
                            "Persbericht over de campagneaftrap",
                        ],
                        [
                            "6 weken vooraf",
                            "Elke week een thema uit het programma",
                            "Debatten in de agenda zetten en voorbereiden",
                        ],
                        [
                            "4 weken vooraf",
                            "Video's van kandidaten in hun eigen wijk",
                            "Persbericht met een concreet voorstel",
                        ],
                        [
                            "2 weken vooraf",
                            "Dagelijks posten en vragen beantwoorden",
                            "Huis-aan-huisfolder verspreid, debatten",
                        ],
                        [
                            "Laatste week",
                            "Oproep om te gaan stemmen",
                            "Interview of opiniestuk in de lokale krant",
                        ],
                        [
                            "Verkiezingsdag",
                            "Herinneringen en foto's van de dag",
                            "Bereikbaar voor een reactie op de uitslag",
                        ],
                    ],
                },
            ),
            ("heading", "De verkiezingsdag: zorg voor opkomst"),
            (
                "paragraph",
                "<p>De opkomst bij gemeenteraadsverkiezingen is meestal lager dan bij landelijke "
                "verkiezingen. Het verschil zit dus vaak in wie er gaat stemmen. Richt uw laatste "
                "inspanning daarom op uw eigen aanhang: herinner mensen eraan dat ze moeten "
                "stemmen, en waar en hoe.</p>"
                "<p>De meeste stembureaus zijn op de verkiezingsdag open van 7.30 tot 21.00 uur. "
                "Kiezers hebben hun stempas nodig en een identiteitsbewijs, dat maximaal vijf "
                "jaar verlopen mag zijn. In het stemlokaal zelf mag geen campagne worden "
                "gevoerd; wat direct buiten het stembureau mag, kan per gemeente verschillen.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Draaiboek voor de verkiezingsdag",
                    "items": [
                        "Ochtend: bericht op sociale media dat de stembureaus open zijn",
                        "Leden en sympathisanten persoonlijk herinneren via app of telefoon",
                        "Flyeren op drukke plekken, op gepaste afstand van de stembureaus",
                        "Vervoer regelen voor leden die slecht ter been zijn en dat willen",
                        "Lijsttrekker en kandidaten zichtbaar in hun eigen wijk",
                        "Middag: extra oproep aan wie nog niet gestemd heeft",
                        "Leden die in een stembureau zitten, voeren die dag geen campagne",
                        "Avond: uitslagenavond voor vrijwilligers, leden en pers",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Verzamel geen volmachten",
                    "text": "<p>Een kiezer die niet zelf kan stemmen, mag een andere kiezer "
                    "machtigen om voor hem of haar te stemmen. Help daar als partij niet actief "
                    "bij door volmachten te werven of in te zamelen: het ronselen van volmachten "
                    "is strafbaar. Verwijs kiezers met vragen naar de informatie van hun "
                    "gemeente.</p>",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Hoe vaak moeten we een persbericht sturen?",
                        "answer": "<p>Alleen als u nieuws hebt. Tijdens de campagne is één "
                        "persbericht per twee à drie weken voor de meeste lokale partijen genoeg. "
                        "Te veel berichten zonder nieuws zorgen ervoor dat redacties ze niet meer "
                        "lezen.</p>",
                    },
                    {
                        "question": "Moeten we aan elk debat meedoen?",
                        "answer": "<p>Doe aan zo veel mogelijk debatten mee, zeker bij de lokale "
                        "omroep en op scholen. Kan de lijsttrekker niet, stuur dan een andere "
                        "goed voorbereide kandidaat en laat de organisator dat op tijd "
                        "weten.</p>",
                    },
                    {
                        "question": "Mogen we op de verkiezingsdag nog campagne voeren?",
                        "answer": "<p>Ja, buiten het stemlokaal mag dat; in het stemlokaal zelf "
                        "niet. Of er regels gelden voor de directe omgeving van een stembureau, "
                        "verschilt per gemeente, dus vraag het na. Houd het vriendelijk: "
                        "opdringerig gedrag bij de ingang kost eerder stemmen dan dat het ze "
                        "oplevert.</p>",
                    },
                    {
                        "question": "Wat doen we na de verkiezingen?",
                        "answer": "<p>Bedank uw kiezers en vrijwilligers, op sociale media en in "
                        "de lokale pers. Evalueer de campagne binnen een maand met het "
                        "campagneteam, nu alles nog vers is, en leg de lessen vast voor de "
                        "volgende keer. Daarna volgen voor veel partijen de "
                        "coalitieonderhandelingen.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "campaign-media-and-election-day",
            "title": "Social media, local press, debates and election day",
            "summary": (
                "How to use social media and the local press, write a press release, prepare "
                "for debates and get as many of your voters as possible to the polls on "
                "election day."
            ),
            "tags": ["campaigning", "social media", "local press", "debate", "election day"],
            "body": [
                (
                    "paragraph",
                    "<p>On the street you reach voters one at a time. Through social media, the "
                    "local press and debates you reach many at once. For a local party the local "
                    "press is especially valuable: the free local paper, the local broadcaster "
                    "and local news sites are widely read and are often glad of news from their "
                    "own municipality.</p>"
                    "<p>In the end, everything comes together on election day. All your work "
                    "only counts if your voters actually turn out. That is why this guide ends "
                    "with turnout.</p>",
                ),
                ("heading", "Social media"),
                (
                    "paragraph",
                    "<p>Pick one or two channels where your target voters are, and do them well. "
                    "In many municipalities Facebook and local Facebook groups are still the town "
                    "square where residents discuss local issues. Instagram and TikTok mainly "
                    "reach younger voters. Post regularly, ideally a few times a week, and make "
                    "it personal: short videos of candidates in their own neighbourhood work "
                    "better than a photo of a meeting.</p>"
                    "<ul>"
                    "<li>Make a content calendar for the last eight weeks, with one theme from "
                    "your programme each week.</li>"
                    "<li>Agree in advance who may post and reply on behalf of the party.</li>"
                    "<li>Answer questions, but don't get drawn into arguments in the "
                    "comments.</li>"
                    "<li>Don't use photos or music you don't have the rights to.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Paid political advertising",
                        "text": "<p>Paid political ads on social media are subject to stricter "
                        "rules, partly because of European rules on the transparency of "
                        "political advertising. Some platforms no longer accept political ads in "
                        "the EU at all. Check well before the campaign what is possible at that "
                        "point, before you set aside budget for it.</p>",
                    },
                ),
                ("heading", "The local press and the press release"),
                (
                    "paragraph",
                    "<p>Get in touch with the journalists who cover your municipality well before "
                    "the campaign. Know who makes the local broadcasts, who fills the free local "
                    "paper and who follows local politics for the regional newspaper. A "
                    "journalist who knows you is more likely to call you for a comment.</p>"
                    "<p>Only send a press release when you have real news: presenting your "
                    "candidate list, adopting your election programme, a striking campaign "
                    "action or a concrete proposal for a local problem. A good press release is "
                    "short, factual and ready to use.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to write a press release",
                        "steps": [
                            {
                                "title": "Choose a headline with news in it",
                                "text": "<p>Sum up the news in one sentence, without party "
                                "jargon. ‘Local party wants zebra crossing at primary school in "
                                "the Flower District’ beats ‘We stand for safety’.</p>",
                            },
                            {
                                "title": "Put the key facts in the first paragraph",
                                "text": "<p>Answer who, what, where, when and why. Many "
                                "newsrooms only use the first paragraph.</p>",
                            },
                            {
                                "title": "Add a quote",
                                "text": "<p>A short statement from the lead candidate or another "
                                "candidate makes the release lively and usable.</p>",
                            },
                            {
                                "title": "End with contact details",
                                "text": "<p>At the bottom, say whom the press can call with "
                                "questions, with a phone number that can be reached that "
                                "day.</p>",
                            },
                            {
                                "title": "Include a good photo",
                                "text": "<p>A sharp, landscape photo with names in the caption "
                                "improves the chance that the story is published.</p>",
                            },
                        ],
                    },
                ),
                ("heading", "Debates"),
                (
                    "paragraph",
                    "<p>Local broadcasters, schools, residents' associations and business "
                    "associations organise debates before the elections. Accept as many as you "
                    "can: a debate gives you a platform alongside bigger parties. Prepare "
                    "well:</p>"
                    "<ul>"
                    "<li>know the three key points and the most important figures from your "
                    "programme;</li>"
                    "<li>practise short answers of thirty seconds at most;</li>"
                    "<li>think about which questions to expect, including awkward ones about what "
                    "your party has done in recent years;</li>"
                    "<li>make sure there are members in the audience and that someone takes "
                    "photos for social media.</li>"
                    "</ul>"
                    "<p>Stay respectful towards other candidates during the debate. In a "
                    "municipality people know each other, and after the elections you may have to "
                    "work with the very same people.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Our first debate went badly: we wanted to say everything at "
                        "once. After that we practised with our candidates to make one point in "
                        "twenty seconds. That's what people remember.",
                        "name": "Joyce",
                        "role": "lead candidate",
                        "party": "a local party in Limburg",
                    },
                ),
                ("heading", "Planning the final weeks"),
                (
                    "table",
                    {
                        "caption": "Example of a communications schedule for the final eight weeks",
                        "header": ["When", "Social media", "Press and debates"],
                        "rows": [
                            [
                                "8 weeks before",
                                "Content calendar ready, introduce candidates",
                                "Press release on the campaign launch",
                            ],
                            [
                                "6 weeks before",
                                "One theme from the programme each week",
                                "Put debates in the diary and prepare",
                            ],
                            [
                                "4 weeks before",
                                "Videos of candidates in their own neighbourhood",
                                "Press release with a concrete proposal",
                            ],
                            [
                                "2 weeks before",
                                "Post daily and answer questions",
                                "Door-to-door leaflet delivered, debates",
                            ],
                            [
                                "Final week",
                                "Call to go and vote",
                                "Interview or opinion piece in the local paper",
                            ],
                            [
                                "Election day",
                                "Reminders and photos of the day",
                                "Available to comment on the result",
                            ],
                        ],
                    },
                ),
                ("heading", "Election day: getting out the vote"),
                (
                    "paragraph",
                    "<p>Turnout at municipal elections is usually lower than at national "
                    "elections. So the difference often lies in who actually goes to vote. Focus "
                    "your final effort on your own supporters: remind people that they need to "
                    "vote, and where and how.</p>"
                    "<p>Most polling stations are open from 7.30 am to 9 pm on election day. "
                    "Voters need their polling card (stempas) and an identity document, which may "
                    "have expired no more than five years earlier. No campaigning is allowed "
                    "inside the polling station itself; what is allowed just outside it can "
                    "differ per municipality.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Election day script",
                        "items": [
                            "Morning: post on social media that the polling stations are open",
                            "Remind members and supporters personally by message or phone",
                            "Hand out flyers in busy places, at a suitable distance from polling stations",
                            "Arrange transport for members with limited mobility who want it",
                            "Lead candidate and candidates visible in their own neighbourhood",
                            "Afternoon: extra call to those who have not voted yet",
                            "Members who staff a polling station do not campaign that day",
                            "Evening: results night for volunteers, members and the press",
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Do not collect proxy votes",
                        "text": "<p>A voter who cannot vote in person may authorise another "
                        "voter to vote on their behalf. As a party, do not get actively involved "
                        "by canvassing for or collecting proxy authorisations: soliciting proxy "
                        "votes is a criminal offence. Refer voters with questions to the "
                        "information from their municipality.</p>",
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "How often should we send a press release?",
                            "answer": "<p>Only when you have news. During the campaign, one "
                            "press release every two to three weeks is enough for most local "
                            "parties. Too many releases without news mean newsrooms stop reading "
                            "them.</p>",
                        },
                        {
                            "question": "Do we have to take part in every debate?",
                            "answer": "<p>Take part in as many debates as you can, especially on "
                            "local radio and TV and at schools. If the lead candidate can't make "
                            "it, send another well-prepared candidate and let the organiser know "
                            "in good time.</p>",
                        },
                        {
                            "question": "Can we still campaign on election day?",
                            "answer": "<p>Yes, outside the polling station you can; inside the "
                            "polling station itself you cannot. Whether there are rules for the "
                            "area right around a polling station differs per municipality, so "
                            "ask. Keep it friendly: pushy behaviour at the entrance loses more "
                            "votes than it wins.</p>",
                        },
                        {
                            "question": "What do we do after the elections?",
                            "answer": "<p>Thank your voters and volunteers, on social media and in "
                            "the local press. Review the campaign with the campaign team within a "
                            "month, while everything is still fresh, and write down the lessons "
                            "for next time. For many parties, coalition talks follow.</p>",
                        },
                    ],
                ),
            ],
        },
    },
]
