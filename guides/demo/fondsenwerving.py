"""Demo guides for the topic fondsenwerving (fundraising)."""

TOPIC = "fondsenwerving"

GUIDES = [
    # ------------------------------------------------------------------------------------------
    {
        "slug": "fondsenwerving-basis",
        "title": "Fondsenwerving: zo houdt uw lokale partij de kas op orde",
        "summary": (
            "Waar haalt een lokale partij haar geld vandaan? Een overzicht van contributie, "
            "afdrachten, giften, sponsoring, acties en crowdfunding, en hoe u met een begroting "
            "bepaalt hoeveel geld u nodig hebt."
        ),
        "tags": ["fondsenwerving", "financiën", "begroting", "contributie", "penningmeester"],
        "related": [
            "fondsenwerving-giften-sponsoring",
            "fondsenwerving-acties-boekhouding",
            "campagne-plan",
            "ledenwerving-wervingsplan",
        ],
        "body": [
            (
                "paragraph",
                "<p>Een lokale partij draait grotendeels op vrijwilligers, maar zonder geld komt "
                "ook de meest enthousiaste groep niet ver. Flyers, een website, zaalhuur voor de "
                "ledenvergadering, verkiezingsborden: het kost allemaal iets. Anders dan afdelingen "
                "van landelijke partijen kunt u niet terugvallen op een partijbureau of een "
                "landelijke kas. U bent dus zelf verantwoordelijk voor een gezonde financiële "
                "basis.</p>"
                "<p>In deze gids leest u welke inkomstenbronnen een lokale partij heeft, hoe u met "
                "een begroting bepaalt hoeveel geld u nodig hebt en hoe u een financieel plan "
                "opstelt dat bestuur en leden kunnen volgen. In twee vervolggidsen gaan we dieper "
                "in op giften en sponsoring en op acties, crowdfunding en de boekhouding.</p>",
            ),
            ("heading", "Waarom fondsenwerving ertoe doet"),
            (
                "paragraph",
                "<p>Geld is voor een politieke partij geen doel, maar een middel. Met een stabiele "
                "kas kunt u vooruit plannen: een campagne die u ruim op tijd voorbereidt, scholing "
                "voor nieuwe raadsleden, een ledenavond waar inwoners graag naartoe komen. Partijen "
                "die elk jaar pas op het laatste moment geld zoeken, maken keuzes onder druk en "
                "worden afhankelijk van één grote geldschieter.</p>"
                "<p>Fondsenwerving gaat bovendien niet alleen over geld. Wie contributie betaalt, "
                "een actie steunt of een kleine gift doet, voelt zich meer betrokken bij de partij. "
                "Een brede groep kleine gevers is daarom waardevoller dan één grote donateur: het "
                "maakt u financieel én politiek onafhankelijker.</p>",
            ),
            ("heading", "Begin bij de begroting"),
            (
                "paragraph",
                "<p>Voordat u geld gaat werven, moet u weten hoeveel u nodig hebt en waarvoor. Een "
                "begroting is de vertaling van uw plannen in bedragen. De penningmeester stelt haar "
                "op, het bestuur bespreekt haar en de algemene ledenvergadering (ALV) stelt haar "
                "vast. Maak onderscheid tussen vier soorten uitgaven:</p>"
                "<ul>"
                "<li><b>Vaste lasten</b>, zoals bankkosten, de website, verzekeringen en de kosten "
                "van de ledenvergadering.</li>"
                "<li><b>Activiteiten</b>, zoals ledenavonden, bijeenkomsten met inwoners en "
                "scholing van kandidaten.</li>"
                "<li><b>Campagne</b>, een grote post die vooral in het jaar voor de "
                "gemeenteraadsverkiezingen valt.</li>"
                "<li><b>Reserve</b>, een buffer voor onverwachte kosten en om alvast te sparen voor "
                "de volgende campagne.</li>"
                "</ul>"
                "<p>Spreid de campagnekosten over de hele raadsperiode door elk jaar een vast bedrag "
                "opzij te zetten. Dan hoeft de kas in het verkiezingsjaar niet in één keer gevuld "
                "te worden.</p>",
            ),
            (
                "document",
                {
                    "key": "begroting-sjabloon",
                    "title": "Sjabloon begroting lokale partij",
                    "description": (
                        "Een rekenblad met de gebruikelijke posten voor inkomsten en uitgaven, een "
                        "kolom voor elk jaar van de raadsperiode en een apart tabblad voor de "
                        "campagnebegroting."
                    ),
                },
            ),
            ("heading", "De inkomstenbronnen van een lokale partij"),
            (
                "table",
                {
                    "caption": "Inkomstenbronnen op een rij",
                    "header": ["Bron", "Wat het oplevert", "Waar u op let"],
                    "rows": [
                        [
                            "Contributie",
                            "Een voorspelbaar bedrag per lid per jaar",
                            "Hoogte vaststellen in de ALV; inning en ledenadministratie op orde",
                        ],
                        [
                            "Afdrachten",
                            "Een vaste bijdrage van raadsleden en wethouders uit hun vergoeding",
                            "Vooraf vastleggen in een regeling die kandidaten kennen",
                        ],
                        [
                            "Donaties en giften",
                            "Eenmalige of periodieke bijdragen van leden en sympathisanten",
                            "Giftenreglement, registratie van grotere giften, geen grote anonieme giften",
                        ],
                        [
                            "Sponsoring",
                            "Geld of diensten van een bedrijf in ruil voor zichtbaarheid",
                            "Schriftelijke afspraken, geen politieke tegenprestatie, open over sponsors",
                        ],
                        [
                            "Acties en evenementen",
                            "Opbrengst, zichtbaarheid en nieuwe contacten",
                            "Vergunningen, kosten vooraf begroten, contant geld met twee personen tellen",
                        ],
                        [
                            "Crowdfunding",
                            "Veel kleine bijdragen voor een concreet doel",
                            "Kosten van het platform, helder doel, gegevens van grotere gevers bewaren",
                        ],
                    ],
                },
            ),
            ("heading", "Contributie: de ruggengraat"),
            (
                "paragraph",
                "<p>Voor de meeste lokale partijen is contributie de belangrijkste en meest "
                "voorspelbare inkomstenbron. De ALV stelt de hoogte vast, meestal per jaar. Houd "
                "het bedrag laag genoeg om niemand af te schrikken en overweeg een verlaagd tarief "
                "voor jongeren, studenten of mensen met een kleine beurs. Sommige partijen werken "
                "met een minimumbedrag en vragen leden die dat kunnen om vrijwillig meer te "
                "betalen.</p>"
                "<p>Maak betalen zo makkelijk mogelijk. Een automatische incasso met een machtiging "
                "van het lid scheelt de penningmeester veel herinneringen. Stuur aan het begin van "
                "het jaar een duidelijk bericht en vertel daarin wat de partij met het geld heeft "
                "gedaan. Leden die zien wat hun bijdrage oplevert, blijven langer lid. Let bij de "
                "ledenadministratie op de privacyregels (AVG): bewaar alleen de gegevens die u nodig "
                "hebt en beperk wie erbij kan.</p>",
            ),
            ("heading", "Afdrachten van raadsleden en fractieleden"),
            (
                "paragraph",
                "<p>Veel lokale partijen vragen hun gekozen vertegenwoordigers om een deel van hun "
                "vergoeding aan de partij af te dragen. De gedachte is dat zij hun zetel mede te "
                "danken hebben aan de inzet van leden en vrijwilligers tijdens de campagne. Zo'n "
                "afdrachtregeling kan een belangrijke en stabiele inkomstenbron zijn, zeker voor "
                "partijen met meerdere raadsleden of een wethouder.</p>"
                "<p>Leg de regeling vast voordat de kandidatenlijst wordt vastgesteld, bijvoorbeeld "
                "in het huishoudelijk reglement of in een verklaring die kandidaten ondertekenen. "
                "Noem een vast bedrag of percentage, hoe vaak er wordt betaald en wat er gebeurt bij "
                "tussentijds vertrek. Bespreek ook of fractieleden en commissieleden die geen "
                "raadslid zijn een bijdrage leveren. Een afdracht blijft een afspraak tussen partij "
                "en volksvertegenwoordiger: de zetel is persoonlijk, dus een raadslid dat niet "
                "betaalt, kan niet gedwongen worden op te stappen. Ga er ook niet vanzelf van uit "
                "dat een afdracht fiscaal aftrekbaar is; laat kandidaten dat zelf nagaan.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Fractieondersteuning is geen partijgeld",
                    "text": (
                        "<p>Gemeenten geven fracties in de gemeenteraad vaak een budget voor "
                        "fractieondersteuning. Dat geld is bedoeld voor het raadswerk, zoals scholing "
                        "of ondersteuning van de fractie. In veel gemeentelijke verordeningen staat "
                        "dat u het niet mag gebruiken voor partijactiviteiten of campagne, en de "
                        "fractie moet er verantwoording over afleggen. Houd het daarom strikt "
                        "gescheiden van de partijkas en vraag bij de griffie welke regels in uw "
                        "gemeente gelden.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Na de verkiezingen hebben we afgesproken dat elk raadslid maandelijks een "
                        "vast bedrag afdraagt en dat we elk jaar een deel van de inkomsten opzij "
                        "zetten voor de volgende campagne. Vier jaar later konden we voor het eerst "
                        "zonder zorgen een campagne plannen."
                    ),
                    "name": "Henk",
                    "role": "penningmeester",
                    "party": "een lokale partij in Overijssel",
                },
            ),
            (
                "steps",
                {
                    "title": "Zo stelt u een financieel plan op",
                    "steps": [
                        {
                            "title": "Maak de balans op",
                            "text": (
                                "<p>Zet op een rij wat er nu in kas is, welke vaste lasten er zijn "
                                "en welke inkomsten u de afgelopen jaren had. Zo ziet u waar u "
                                "staat.</p>"
                            ),
                        },
                        {
                            "title": "Vertaal plannen naar bedragen",
                            "text": (
                                "<p>Vraag het bestuur, de campagnecommissie en de fractie wat zij de "
                                "komende jaren willen doen en wat dat kost. Gebruik daarvoor het "
                                "sjabloon voor de begroting.</p>"
                            ),
                        },
                        {
                            "title": "Kies uw inkomstenbronnen",
                            "text": (
                                "<p>Bepaal per bron hoeveel u realistisch kunt ophalen. Reken "
                                "voorzichtig en ga niet uit van één grote gever.</p>"
                            ),
                        },
                        {
                            "title": "Leg de spelregels vast",
                            "text": (
                                "<p>Zorg voor een contributiebesluit, een afdrachtregeling en een "
                                "giftenreglement, zodat iedereen weet wat wel en niet kan.</p>"
                            ),
                        },
                        {
                            "title": "Laat de leden beslissen",
                            "text": (
                                "<p>Leg de begroting en de regelingen voor aan de ALV. Met een "
                                "besluit van de leden staat het bestuur sterker en weet iedereen "
                                "waar het geld naartoe gaat.</p>"
                            ),
                        },
                        {
                            "title": "Volg de cijfers en stel bij",
                            "text": (
                                "<p>Bespreek de stand van de kas in elke bestuursvergadering en pas "
                                "het plan aan als inkomsten tegenvallen of plannen veranderen.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Is de financiële basis op orde?",
                    "items": [
                        "Er is een penningmeester met een vervanger die ook toegang heeft tot de rekening",
                        "De partij heeft een eigen bankrekening op naam van de vereniging",
                        "De ALV heeft de begroting en de hoogte van de contributie vastgesteld",
                        "Er is een schriftelijke afdrachtregeling voor raadsleden en wethouders",
                        "Er is een giftenreglement dat op de website staat",
                        "Elk jaar gaat er een vast bedrag naar de campagnereserve",
                        "Geld voor fractieondersteuning staat los van de partijkas",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Mogen we zelf bepalen hoe hoog de contributie is?",
                        "answer": (
                            "<p>Ja. De hoogte van de contributie is een besluit van de vereniging "
                            "zelf, meestal van de ALV. Kijk in uw statuten wie daarover beslist en "
                            "hoe het besluit genomen moet worden. De wet schrijft geen minimum of "
                            "maximum voor.</p>"
                        ),
                    },
                    {
                        "question": "Hoeveel geld heeft een lokale partij nodig voor een campagne?",
                        "answer": (
                            "<p>Dat verschilt sterk per gemeente en per partij. Een kleine partij in "
                            "een plattelandsgemeente kan met een bescheiden budget een goede campagne "
                            "voeren; in een grote stad ligt het bedrag vaak hoger. Begin bij uw "
                            "campagneplan en reken uit wat de onderdelen kosten, in plaats van eerst "
                            "een bedrag te kiezen.</p>"
                        ),
                    },
                    {
                        "question": "Moeten we een accountant inschakelen?",
                        "answer": (
                            "<p>Voor de meeste lokale partijen is dat niet nodig. Als er geen "
                            "verklaring van een accountant is, benoemt de ALV een kascommissie die "
                            "de jaarstukken controleert. Meer daarover leest u in de gids over "
                            "acties, crowdfunding en boekhouding.</p>"
                        ),
                    },
                    {
                        "question": "Krijgen lokale partijen subsidie van het Rijk?",
                        "answer": (
                            "<p>De partijsubsidie van het Rijk is bedoeld voor partijen met zetels "
                            "in de Tweede of Eerste Kamer. Lokale partijen zijn dus vooral "
                            "aangewezen op eigen inkomsten. De fractie in de gemeenteraad kan wel "
                            "gebruikmaken van fractieondersteuning van de gemeente, maar dat geld "
                            "is bedoeld voor het raadswerk.</p>"
                        ),
                    },
                ],
            ),
        ],
        "en": {
            "slug": "fundraising-basics",
            "title": "Fundraising: keeping your local party's finances healthy",
            "summary": (
                "Where does a local party get its money? An overview of membership fees, "
                "contributions from councillors, donations, sponsorship, events and crowdfunding, "
                "and how a budget tells you how much money you need."
            ),
            "tags": ["fundraising", "finances", "budget", "membership fees", "treasurer"],
            "body": [
                (
                    "paragraph",
                    "<p>A local party runs largely on volunteers, but without money even the most "
                    "enthusiastic group will not get far. Leaflets, a website, renting a hall for "
                    "the members' meeting, election posters: it all costs something. Unlike local "
                    "branches of national parties, you cannot fall back on a party office or a "
                    "national treasury. So you are responsible for a sound financial footing "
                    "yourself.</p>"
                    "<p>This guide explains which sources of income a local party has, how a budget "
                    "tells you how much money you need, and how to draw up a financial plan that "
                    "the board and members can follow. Two follow-up guides go deeper into "
                    "donations and sponsorship, and into events, crowdfunding and "
                    "bookkeeping.</p>",
                ),
                ("heading", "Why fundraising matters"),
                (
                    "paragraph",
                    "<p>For a political party, money is not a goal but a means. With stable "
                    "finances you can plan ahead: a campaign prepared well in advance, training for "
                    "new councillors, a members' evening that residents are happy to attend. "
                    "Parties that only look for money at the last minute every year make choices "
                    "under pressure and become dependent on a single large backer.</p>"
                    "<p>What is more, fundraising is not only about money. People who pay a "
                    "membership fee, support a campaign or make a small donation feel more involved "
                    "in the party. A broad group of small donors is therefore worth more than one "
                    "large donor: it makes you financially and politically more "
                    "independent.</p>",
                ),
                ("heading", "Start with the budget"),
                (
                    "paragraph",
                    "<p>Before you start raising money, you need to know how much you need and what "
                    "for. A budget translates your plans into figures. The treasurer drafts it, the "
                    "board discusses it and the general members' meeting adopts it. Distinguish "
                    "between four kinds of spending:</p>"
                    "<ul>"
                    "<li><b>Fixed costs</b>, such as bank charges, the website, insurance and the "
                    "cost of the members' meeting.</li>"
                    "<li><b>Activities</b>, such as members' evenings, meetings with residents and "
                    "training for candidates.</li>"
                    "<li><b>Campaign</b>, a large item that mostly falls in the year before the "
                    "municipal elections.</li>"
                    "<li><b>Reserve</b>, a buffer for unexpected costs and for saving up for the "
                    "next campaign.</li>"
                    "</ul>"
                    "<p>Spread the campaign costs over the whole council term by setting aside a "
                    "fixed amount every year. That way the funds do not have to be raised all at "
                    "once in the election year.</p>",
                ),
                (
                    "document",
                    {
                        "key": "begroting-sjabloon",
                        "title": "Budget template for a local party",
                        "description": (
                            "A spreadsheet with the usual income and expenditure items, a column "
                            "for each year of the council term and a separate tab for the campaign "
                            "budget."
                        ),
                    },
                ),
                ("heading", "A local party's sources of income"),
                (
                    "table",
                    {
                        "caption": "Sources of income at a glance",
                        "header": ["Source", "What it brings in", "What to watch out for"],
                        "rows": [
                            [
                                "Membership fees",
                                "A predictable amount per member per year",
                                "Amount set by the members' meeting; collection and membership records in order",
                            ],
                            [
                                "Contributions from elected members",
                                "A fixed contribution from councillors and aldermen out of their allowance",
                                "Agreed in advance in a scheme that candidates know about",
                            ],
                            [
                                "Donations and gifts",
                                "One-off or regular contributions from members and supporters",
                                "Donations policy, recording larger gifts, no large anonymous gifts",
                            ],
                            [
                                "Sponsorship",
                                "Money or services from a business in exchange for visibility",
                                "Written agreements, no political favours in return, openness about sponsors",
                            ],
                            [
                                "Events and campaigns",
                                "Proceeds, visibility and new contacts",
                                "Permits, budgeting costs in advance, two people counting any cash",
                            ],
                            [
                                "Crowdfunding",
                                "Many small contributions for a specific goal",
                                "Platform fees, a clear goal, keeping the details of larger donors",
                            ],
                        ],
                    },
                ),
                ("heading", "Membership fees: the backbone"),
                (
                    "paragraph",
                    "<p>For most local parties, membership fees are the most important and most "
                    "predictable source of income. The members' meeting sets the amount, usually "
                    "per year. Keep it low enough not to put anyone off and consider a reduced rate "
                    "for young people, students or people on a low income. Some parties set a "
                    "minimum amount and ask members who can afford it to pay more "
                    "voluntarily.</p>"
                    "<p>Make paying as easy as possible. A direct debit authorised by the member "
                    "saves the treasurer a lot of reminders. Send a clear message at the start of "
                    "the year and tell members what the party has done with the money. Members who "
                    "see what their contribution achieves stay members longer. Respect the privacy "
                    "rules (GDPR) in your membership records: keep only the data you need and limit "
                    "who has access to it.</p>",
                ),
                ("heading", "Contributions from councillors and group members"),
                (
                    "paragraph",
                    "<p>Many local parties ask their elected representatives to pay part of their "
                    "allowance to the party. The idea is that they owe their seat partly to the "
                    "efforts of members and volunteers during the campaign. Such a contribution "
                    "scheme can be an important and stable source of income, especially for "
                    "parties with several councillors or an alderman.</p>"
                    "<p>Put the scheme in writing before the list of candidates is adopted, for "
                    "example in the party's standing orders or in a statement that candidates sign. "
                    "State a fixed amount or percentage, how often it is paid and what happens if "
                    "someone leaves mid-term. Also discuss whether group members and committee "
                    "members who are not councillors contribute. A contribution remains an "
                    "agreement between the party and the representative: the seat is personal, so "
                    "a councillor who does not pay cannot be forced to step down. And do not simply "
                    "assume that a contribution is tax-deductible; let candidates check this for "
                    "themselves.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Council group support is not party money",
                        "text": (
                            "<p>Municipalities often give groups in the council a budget for group "
                            "support. That money is meant for council work, such as training or "
                            "support for the group. Many municipal regulations state that you may "
                            "not use it for party activities or campaigning, and the group has to "
                            "account for it. So keep it strictly separate from the party's funds "
                            "and ask the council clerk's office which rules apply in your "
                            "municipality.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "After the elections we agreed that every councillor pays a fixed "
                            "amount each month and that every year we set aside part of our income "
                            "for the next campaign. Four years later, for the first time, we could "
                            "plan a campaign without worrying."
                        ),
                        "name": "Henk",
                        "role": "treasurer",
                        "party": "a local party in Overijssel",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "How to draw up a financial plan",
                        "steps": [
                            {
                                "title": "Take stock",
                                "text": (
                                    "<p>List what is in the bank now, what your fixed costs are and "
                                    "what income you had in recent years. That shows you where you "
                                    "stand.</p>"
                                ),
                            },
                            {
                                "title": "Translate plans into figures",
                                "text": (
                                    "<p>Ask the board, the campaign committee and the council group "
                                    "what they want to do in the coming years and what it will "
                                    "cost. Use the budget template for this.</p>"
                                ),
                            },
                            {
                                "title": "Choose your sources of income",
                                "text": (
                                    "<p>Decide for each source how much you can realistically "
                                    "raise. Be cautious and do not count on one large donor.</p>"
                                ),
                            },
                            {
                                "title": "Set the ground rules",
                                "text": (
                                    "<p>Make sure there is a decision on membership fees, a "
                                    "contribution scheme and a donations policy, so everyone knows "
                                    "what is and is not possible.</p>"
                                ),
                            },
                            {
                                "title": "Let the members decide",
                                "text": (
                                    "<p>Put the budget and the rules to the members' meeting. With "
                                    "a decision by the members the board stands stronger and "
                                    "everyone knows where the money goes.</p>"
                                ),
                            },
                            {
                                "title": "Monitor the figures and adjust",
                                "text": (
                                    "<p>Discuss the state of the finances at every board meeting "
                                    "and adjust the plan if income falls short or plans "
                                    "change.</p>"
                                ),
                            },
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Is your financial footing in order?",
                        "items": [
                            "There is a treasurer with a deputy who also has access to the account",
                            "The party has its own bank account in the name of the association",
                            "The members' meeting has adopted the budget and the membership fee",
                            "There is a written contribution scheme for councillors and aldermen",
                            "There is a donations policy published on the website",
                            "A fixed amount goes into the campaign reserve every year",
                            "Council group support is kept separate from the party's funds",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Can we decide for ourselves how high the membership fee is?",
                            "answer": (
                                "<p>Yes. The membership fee is a decision of the association "
                                "itself, usually of the members' meeting. Check your articles of "
                                "association to see who decides and how the decision must be "
                                "taken. The law sets no minimum or maximum.</p>"
                            ),
                        },
                        {
                            "question": "How much money does a local party need for a campaign?",
                            "answer": (
                                "<p>That varies widely by municipality and by party. A small party "
                                "in a rural municipality can run a good campaign on a modest "
                                "budget; in a large city the amount is often higher. Start from "
                                "your campaign plan and work out what each part costs, rather than "
                                "picking an amount first.</p>"
                            ),
                        },
                        {
                            "question": "Do we need to hire an accountant?",
                            "answer": (
                                "<p>For most local parties that is not necessary. If there is no "
                                "statement from an accountant, the members' meeting appoints an "
                                "audit committee that checks the annual accounts. You can read more "
                                "about this in the guide on events, crowdfunding and "
                                "bookkeeping.</p>"
                            ),
                        },
                        {
                            "question": "Do local parties receive funding from central government?",
                            "answer": (
                                "<p>Central government party funding is intended for parties with "
                                "seats in the House of Representatives or the Senate. Local parties "
                                "therefore depend mainly on their own income. The group in the "
                                "municipal council can, however, use group support from the "
                                "municipality, but that money is meant for council work.</p>"
                            ),
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "fondsenwerving-giften-sponsoring",
        "title": "Giften, donaties en sponsoring: eerlijk en transparant",
        "summary": (
            "Hoe gaat u als lokale partij verantwoord om met giften, donaties en sponsoring? Over "
            "een eigen giftenreglement, openheid naar kiezers en wat de wet wel en niet regelt "
            "voor lokale partijen."
        ),
        "tags": ["giften", "donaties", "sponsoring", "transparantie", "integriteit"],
        "related": [
            "fondsenwerving-basis",
            "fondsenwerving-acties-boekhouding",
            "screening-procedure",
            "kandidaatstelling-registratie-en-inlevering",
        ],
        "body": [
            (
                "paragraph",
                "<p>Een gift van een betrokken inwoner of een lokale ondernemer kan een campagne "
                "een flinke duw geven. Tegelijk is geld van buiten de partij gevoelig. Kiezers "
                "willen weten of een partij onafhankelijk is, en één verkeerd geaccepteerde gift "
                "kan uw reputatie jarenlang schaden. Met heldere spelregels vooraf voorkomt u "
                "discussie achteraf.</p>",
            ),
            ("heading", "Donaties, giften en sponsoring: wat is het verschil?"),
            (
                "paragraph",
                "<p>In de praktijk worden deze woorden door elkaar gebruikt. Voor uw administratie "
                "en uw reglement is het handig ze te onderscheiden:</p>"
                "<ul>"
                "<li><b>Een gift of donatie</b> is een bijdrage waar de gever niets voor "
                "terugkrijgt. Dat kan geld zijn, maar ook een gift in natura, zoals gratis "
                "drukwerk, een zaal of advies waarvoor normaal betaald wordt.</li>"
                "<li><b>Een periodieke donatie</b> is een vast bedrag dat iemand bijvoorbeeld elke "
                "maand overmaakt, vaak een sympathisant die geen lid wil worden.</li>"
                "<li><b>Sponsoring</b> is een zakelijke afspraak: een bedrijf of organisatie betaalt "
                "en krijgt daar zichtbaarheid voor terug, zoals een logo op de poster van een "
                "evenement.</li>"
                "</ul>"
                "<p>Contributie en afdrachten van raadsleden zijn geen giften in deze zin; die regelt "
                "u in uw statuten en reglementen. Maar ook daarvoor geldt: wees open over wat de "
                "partij ontvangt.</p>",
            ),
            ("heading", "Wat regelt de wet voor lokale partijen?"),
            (
                "paragraph",
                "<p>De Wet financiering politieke partijen (Wfpp) bevat regels over subsidie en over "
                "openheid van giften, zoals het registreren en openbaar maken van giften boven een "
                "bepaald bedrag en beperkingen voor anonieme en buitenlandse giften. Die regels zijn "
                "vooral geschreven voor partijen die meedoen aan de verkiezingen voor de Tweede "
                "Kamer en de Eerste Kamer. Voor zelfstandige lokale partijen gelden op dit moment "
                "weinig of geen wettelijke verplichtingen om giften openbaar te maken.</p>"
                "<p>Dat kan veranderen. De regering werkt al langere tijd aan een nieuwe Wet op de "
                "politieke partijen, die ook regels moet bevatten voor decentrale partijen, "
                "waaronder lokale partijen. Eerder heeft de minister van Binnenlandse Zaken lokale "
                "partijen al opgeroepen om vrijwillig openheid te geven over hun giften. Veel "
                "partijen doen dat inmiddels, ook omdat kiezers en lokale media er steeds vaker naar "
                "vragen.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Controleer de actuele regels",
                    "text": (
                        "<p>De wetgeving over partijfinanciering is in beweging. Ga niet uit van "
                        "bedragen of drempels die u ergens hebt gelezen, maar controleer voor elke "
                        "verkiezing wat er op dat moment geldt. Het ministerie van Binnenlandse Zaken "
                        "en Koninkrijksrelaties (BZK) publiceert daarover informatie op de website van "
                        "de rijksoverheid. De griffie van uw gemeente kan vertellen of er lokale "
                        "regels of afspraken gelden. Twijfelt u, stel dan een vraag aan de helpdesk "
                        "van het Kennispunt.</p>"
                    ),
                },
            ),
            ("heading", "Een eigen giftenreglement"),
            (
                "paragraph",
                "<p>Ook zonder wettelijke plicht is het verstandig om vast te leggen hoe uw partij "
                "met giften omgaat. Een giftenreglement geeft het bestuur houvast bij een lastige "
                "gift en laat kiezers zien dat u niets te verbergen hebt. Een goed reglement "
                "beschrijft in ieder geval:</p>"
                "<ul>"
                "<li>vanaf welk bedrag u een gift registreert, met naam, datum en bedrag;</li>"
                "<li>vanaf welk bedrag u de naam van de gever openbaar maakt, bijvoorbeeld in het "
                "jaarverslag of op de website;</li>"
                "<li>welke giften u niet aanneemt, zoals anonieme giften boven een klein bedrag en "
                "giften uit het buitenland;</li>"
                "<li>hoe u giften in natura waardeert;</li>"
                "<li>wie in het bestuur beslist over twijfelgevallen en hoe u een gift "
                "terugstort.</li>"
                "</ul>",
            ),
            (
                "steps",
                {
                    "title": "Zo stelt u een giftenreglement op",
                    "steps": [
                        {
                            "title": "Breng in kaart wat u nu ontvangt",
                            "text": (
                                "<p>Bekijk welke giften en sponsorbijdragen de partij de afgelopen "
                                "jaren kreeg en van wie. Dat helpt om realistische drempels te "
                                "kiezen.</p>"
                            ),
                        },
                        {
                            "title": "Kies uw drempels",
                            "text": (
                                "<p>Bepaal het bedrag waarboven u een gift registreert en het bedrag "
                                "waarboven u de gever openbaar maakt. Kijk voor inspiratie naar wat "
                                "voor landelijke partijen geldt en naar reglementen van andere "
                                "lokale partijen.</p>"
                            ),
                        },
                        {
                            "title": "Bepaal wat u weigert",
                            "text": (
                                "<p>Leg vast welke giften u niet aanneemt en wat u doet als zo'n "
                                "gift toch binnenkomt, bijvoorbeeld terugstorten binnen een vaste "
                                "termijn.</p>"
                            ),
                        },
                        {
                            "title": "Regel de uitvoering",
                            "text": (
                                "<p>Spreek af dat de penningmeester een giftenregister bijhoudt en "
                                "dat het bestuur dat register elk kwartaal bekijkt.</p>"
                            ),
                        },
                        {
                            "title": "Laat de ALV het reglement vaststellen",
                            "text": (
                                "<p>Een reglement dat de leden hebben vastgesteld, heeft meer gezag. "
                                "Publiceer het daarna op uw website.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", "Sponsoring: zakelijk en met duidelijke afspraken"),
            (
                "paragraph",
                "<p>Sponsoring kan aantrekkelijk zijn voor een evenement, zoals een zomerbijeenkomst "
                "of een debatavond. Maar in een gemeente kennen ondernemers en politici elkaar vaak "
                "goed. Juist daarom moet u voorkomen dat een sponsor later verwacht dat de partij "
                "zijn belangen behartigt, bijvoorbeeld bij een vergunning of een bestemmingsplan.</p>"
                "<p>Leg de afspraken schriftelijk vast: wat de sponsor geeft, wat hij terugkrijgt en "
                "dat er uitdrukkelijk geen politieke tegenprestatie tegenover staat. Vermeld "
                "sponsors openlijk. Wees extra voorzichtig met bedrijven die zaken doen met de "
                "gemeente, en vraag raadsleden en wethouders te melden als zij een persoonlijke band "
                "hebben met een sponsor. Twijfelt het bestuur, dan is nee zeggen meestal de "
                "verstandigste keuze.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Een projectontwikkelaar bood ons een flink bedrag aan voor de campagne, net "
                        "toen er in de raad werd gesproken over een nieuwe woonwijk. We hebben het "
                        "vriendelijk afgeslagen en dat ook gezegd toen de krant ernaar vroeg. Dat "
                        "leverde ons meer vertrouwen op dan het geld had kunnen doen."
                    ),
                    "name": "Saskia",
                    "role": "voorzitter",
                    "party": "een lokale partij in Noord-Holland",
                },
            ),
            (
                "checklist",
                {
                    "title": "Voordat u een gift of sponsoring accepteert",
                    "items": [
                        "We weten wie de gever is en waar het geld vandaan komt",
                        "De gift past binnen ons giftenreglement",
                        "De gever verwacht niets terug en het kan ook niet zo lijken",
                        "De gever heeft geen lopend belang bij een besluit van de gemeente",
                        "We kunnen de gift uitleggen als de lokale krant ernaar vraagt",
                        "De penningmeester heeft de gift in het giftenregister gezet",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Mogen we anonieme giften aannemen?",
                        "answer": (
                            "<p>Voor lokale partijen bestaat daarvoor op dit moment geen wettelijk "
                            "verbod, maar het is verstandig om anonieme giften alleen tot een klein "
                            "bedrag te accepteren, zoals de opbrengst van een collectebus tijdens een "
                            "evenement. Grotere anonieme giften kunt u niet controleren en ze wekken "
                            "snel wantrouwen. Leg een grens vast in uw giftenreglement.</p>"
                        ),
                    },
                    {
                        "question": "Zijn giften aan onze partij aftrekbaar voor de belasting?",
                        "answer": (
                            "<p>Meestal niet. Giften zijn alleen aftrekbaar als de ontvanger een "
                            "algemeen nut beogende instelling (ANBI) is, en lokale partijen hebben die "
                            "status doorgaans niet. Beloof gevers daarom niets en verwijs bij vragen "
                            "naar de Belastingdienst.</p>"
                        ),
                    },
                    {
                        "question": "Is gratis hulp van een bedrijf ook een gift?",
                        "answer": (
                            "<p>Ja, als u normaal voor die dienst zou betalen. Denk aan gratis "
                            "drukwerk, een zaal of het ontwerp van een website. Waardeer zo'n gift "
                            "in natura tegen de gewone prijs en registreer haar net als een gift in "
                            "geld.</p>"
                        ),
                    },
                    {
                        "question": "Moeten we giften van onze eigen kandidaten ook registreren?",
                        "answer": (
                            "<p>Dat is wel zo verstandig. Een kandidaat die een groot bedrag aan de "
                            "campagne geeft, kan anders de indruk wekken een plek op de lijst te "
                            "hebben gekocht. Registreer deze giften volgens hetzelfde reglement en "
                            "houd ze los van de besluitvorming over de lijstvolgorde.</p>"
                        ),
                    },
                ],
            ),
        ],
        "en": {
            "slug": "fundraising-donations-sponsorship",
            "title": "Donations, gifts and sponsorship: fair and transparent",
            "summary": (
                "How can a local party handle gifts, donations and sponsorship responsibly? About "
                "your own donations policy, openness towards voters and what the law does and does "
                "not say about local parties."
            ),
            "tags": ["gifts", "donations", "sponsorship", "transparency", "integrity"],
            "body": [
                (
                    "paragraph",
                    "<p>A gift from a committed resident or a local business owner can give a "
                    "campaign a real boost. At the same time, money from outside the party is a "
                    "sensitive matter. Voters want to know whether a party is independent, and a "
                    "single gift accepted wrongly can damage your reputation for years. Clear rules "
                    "set in advance prevent arguments afterwards.</p>",
                ),
                ("heading", "Donations, gifts and sponsorship: what is the difference?"),
                (
                    "paragraph",
                    "<p>In practice these words are used interchangeably. For your records and your "
                    "policy it helps to tell them apart:</p>"
                    "<ul>"
                    "<li><b>A gift or donation</b> is a contribution for which the giver receives "
                    "nothing in return. It can be money, but also a gift in kind, such as free "
                    "printing, a venue or advice that would normally be paid for.</li>"
                    "<li><b>A regular donation</b> is a fixed amount that someone transfers, for "
                    "example every month, often a supporter who does not want to become a "
                    "member.</li>"
                    "<li><b>Sponsorship</b> is a business arrangement: a company or organisation "
                    "pays and gets visibility in return, such as a logo on the poster for an "
                    "event.</li>"
                    "</ul>"
                    "<p>Membership fees and contributions from councillors are not gifts in this "
                    "sense; you arrange those in your articles of association and internal rules. "
                    "But the same applies to them: be open about what the party receives.</p>",
                ),
                ("heading", "What does the law say about local parties?"),
                (
                    "paragraph",
                    "<p>The Political Parties Financing Act (Wet financiering politieke partijen, "
                    "Wfpp) contains rules on subsidies and on openness about gifts, such as "
                    "recording and publishing gifts above a certain amount and restrictions on "
                    "anonymous and foreign gifts. These rules were written mainly for parties that "
                    "take part in elections for the House of Representatives and the Senate. For "
                    "independent local parties there are currently few or no legal obligations to "
                    "make gifts public.</p>"
                    "<p>That may change. The government has for some time been working on a new "
                    "Political Parties Act, which is also meant to include rules for decentralised "
                    "parties, including local parties. The Minister of the Interior has previously "
                    "called on local parties to be open about their gifts voluntarily. Many parties "
                    "now do so, partly because voters and local media ask about it more and more "
                    "often.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Check the current rules",
                        "text": (
                            "<p>Legislation on party financing is changing. Do not rely on amounts "
                            "or thresholds you have read somewhere; check what applies at that "
                            "moment before every election. The Ministry of the Interior and Kingdom "
                            "Relations (BZK) publishes information about this on the central "
                            "government website. Your municipality's council clerk's office can "
                            "tell you whether any local rules or agreements apply. If in doubt, "
                            "ask the Kennispunt helpdesk.</p>"
                        ),
                    },
                ),
                ("heading", "Your own donations policy"),
                (
                    "paragraph",
                    "<p>Even without a legal obligation, it is wise to set down how your party deals "
                    "with gifts. A donations policy gives the board something to hold on to when a "
                    "gift is awkward, and shows voters that you have nothing to hide. A good policy "
                    "describes at least:</p>"
                    "<ul>"
                    "<li>from what amount you record a gift, with name, date and amount;</li>"
                    "<li>from what amount you publish the donor's name, for example in the annual "
                    "report or on the website;</li>"
                    "<li>which gifts you do not accept, such as anonymous gifts above a small amount "
                    "and gifts from abroad;</li>"
                    "<li>how you value gifts in kind;</li>"
                    "<li>who on the board decides on borderline cases and how you return a "
                    "gift.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    {
                        "title": "How to draw up a donations policy",
                        "steps": [
                            {
                                "title": "Map what you receive now",
                                "text": (
                                    "<p>Look at which gifts and sponsorship the party received in "
                                    "recent years and from whom. This helps you choose realistic "
                                    "thresholds.</p>"
                                ),
                            },
                            {
                                "title": "Choose your thresholds",
                                "text": (
                                    "<p>Set the amount above which you record a gift and the amount "
                                    "above which you publish the donor's name. For inspiration, "
                                    "look at what applies to national parties and at the policies "
                                    "of other local parties.</p>"
                                ),
                            },
                            {
                                "title": "Decide what you refuse",
                                "text": (
                                    "<p>Set down which gifts you do not accept and what you do if "
                                    "such a gift arrives anyway, for example returning it within a "
                                    "fixed period.</p>"
                                ),
                            },
                            {
                                "title": "Arrange how it works in practice",
                                "text": (
                                    "<p>Agree that the treasurer keeps a register of gifts and that "
                                    "the board reviews that register every quarter.</p>"
                                ),
                            },
                            {
                                "title": "Have the members' meeting adopt the policy",
                                "text": (
                                    "<p>A policy adopted by the members carries more weight. Then "
                                    "publish it on your website.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", "Sponsorship: businesslike and with clear agreements"),
                (
                    "paragraph",
                    "<p>Sponsorship can be attractive for an event, such as a summer gathering or a "
                    "debate evening. But in a municipality, business owners and politicians often "
                    "know each other well. That is exactly why you must prevent a sponsor from later "
                    "expecting the party to look after its interests, for example over a permit or "
                    "a zoning plan.</p>"
                    "<p>Put the agreements in writing: what the sponsor gives, what it gets in "
                    "return and that there is explicitly no political favour in exchange. Name "
                    "sponsors openly. Be extra careful with businesses that deal with the "
                    "municipality, and ask councillors and aldermen to report any personal ties to "
                    "a sponsor. If the board has doubts, saying no is usually the wisest "
                    "choice.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "A property developer offered us a sizeable sum for the campaign, just "
                            "when the council was discussing a new housing estate. We politely "
                            "declined and said so when the newspaper asked about it. That earned us "
                            "more trust than the money ever could have."
                        ),
                        "name": "Saskia",
                        "role": "chair",
                        "party": "a local party in North Holland",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Before you accept a gift or sponsorship",
                        "items": [
                            "We know who the donor is and where the money comes from",
                            "The gift fits within our donations policy",
                            "The donor expects nothing in return and it cannot look that way either",
                            "The donor has no pending interest in a decision by the municipality",
                            "We can explain the gift if the local newspaper asks about it",
                            "The treasurer has entered the gift in the register of gifts",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "May we accept anonymous gifts?",
                            "answer": (
                                "<p>For local parties there is currently no legal ban on this, but "
                                "it is wise to accept anonymous gifts only up to a small amount, "
                                "such as the contents of a collection box at an event. You cannot "
                                "check larger anonymous gifts and they quickly arouse suspicion. Set "
                                "a limit in your donations policy.</p>"
                            ),
                        },
                        {
                            "question": "Are gifts to our party tax-deductible?",
                            "answer": (
                                "<p>Usually not. Gifts are only deductible if the recipient is a "
                                "public benefit organisation (ANBI), and local parties generally do "
                                "not have that status. So promise donors nothing and refer any "
                                "questions to the Tax Administration.</p>"
                            ),
                        },
                        {
                            "question": "Is free help from a business also a gift?",
                            "answer": (
                                "<p>Yes, if you would normally pay for that service. Think of free "
                                "printing, a venue or the design of a website. Value such a gift in "
                                "kind at the normal price and record it just like a gift of "
                                "money.</p>"
                            ),
                        },
                        {
                            "question": "Should we also record gifts from our own candidates?",
                            "answer": (
                                "<p>That is certainly wise. Otherwise a candidate who gives a large "
                                "sum to the campaign may create the impression of having bought a "
                                "place on the list. Record these gifts under the same policy and "
                                "keep them separate from decisions on the order of the list.</p>"
                            ),
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "fondsenwerving-acties-boekhouding",
        "title": "Acties, crowdfunding en een betrouwbare boekhouding",
        "summary": (
            "Praktische ideeën voor acties, evenementen en crowdfunding, en hoe de penningmeester "
            "en de kascommissie ervoor zorgen dat elke euro te verantwoorden is."
        ),
        "tags": ["crowdfunding", "evenementen", "boekhouding", "penningmeester", "kascommissie"],
        "related": [
            "fondsenwerving-basis",
            "fondsenwerving-giften-sponsoring",
            "campagne-plan",
            "fusie-waarom-en-hoe",
        ],
        "body": [
            (
                "paragraph",
                "<p>Naast contributie en afdrachten kunt u met acties en crowdfunding extra geld "
                "ophalen, vooral in de aanloop naar de verkiezingen. Zulke acties leveren ook iets "
                "anders op: zichtbaarheid in de gemeente, gesprekken met inwoners en soms nieuwe "
                "leden of vrijwilligers. Maar elke euro die binnenkomt, moet ook netjes worden "
                "verantwoord. Daarom gaat deze gids over allebei: geld ophalen en geld "
                "beheren.</p>",
            ),
            ("heading", "Acties en evenementen"),
            (
                "paragraph",
                "<p>Een actie hoeft niet groot te zijn om te werken. Kies iets dat past bij uw "
                "partij en uw gemeente. Voorbeelden die lokale partijen gebruiken:</p>"
                "<ul>"
                "<li>een fietstocht of wandeling langs plekken die in de gemeenteraad ter sprake "
                "komen, met een kleine bijdrage per deelnemer;</li>"
                "<li>een pubquiz of een politiek café met een entreeprijs;</li>"
                "<li>een veiling van diensten die leden aanbieden, zoals een diner of hulp in de "
                "tuin;</li>"
                "<li>een kraam op de braderie of de jaarmarkt;</li>"
                "<li>een benefietdiner met een spreker uit de regio.</li>"
                "</ul>"
                "<p>Begroot vooraf wat de actie kost en wat ze moet opleveren. Een evenement dat "
                "veel werk is en weinig oplevert, kan toch waardevol zijn voor uw zichtbaarheid, maar "
                "maak die afweging bewust.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Vergunningen en contant geld",
                    "text": (
                        "<p>Voor een evenement in de openbare ruimte, het schenken van alcohol of "
                        "een verloting hebt u mogelijk een vergunning of ontheffing van de gemeente "
                        "nodig. Informeer ruim op tijd. Telt u contant geld, doe dat dan altijd met "
                        "twee personen, noteer het bedrag op een telstaat die u allebei tekent en "
                        "zet het geld zo snel mogelijk op de bankrekening van de partij.</p>"
                    ),
                },
            ),
            ("heading", "Crowdfunding voor de campagne"),
            (
                "paragraph",
                "<p>Bij crowdfunding vraagt u veel mensen om een kleine bijdrage voor een concreet "
                "doel, meestal via een online platform. Het werkt het best met een duidelijk "
                "verhaal: niet 'steun onze partij', maar 'help ons om in elke wijk een "
                "huis-aan-huiskrant te bezorgen'. Een crowdfundingactie is ook een campagne op "
                "zich: wie bijdraagt, vertelt het vaak verder.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo zet u een crowdfundingactie op",
                    "steps": [
                        {
                            "title": "Kies een concreet doel en bedrag",
                            "text": (
                                "<p>Mensen geven liever voor iets tastbaars, zoals verkiezingsborden, "
                                "een folder voor elk huishouden of een debatavond. Noem een "
                                "realistisch streefbedrag.</p>"
                            ),
                        },
                        {
                            "title": "Kies een platform",
                            "text": (
                                "<p>Vergelijk de kosten, de betaalmogelijkheden en de voorwaarden. "
                                "Controleer of het platform politieke doelen toestaat en of u het "
                                "opgehaalde geld ook krijgt als u het streefbedrag niet haalt.</p>"
                            ),
                        },
                        {
                            "title": "Schrijf een helder verhaal",
                            "text": (
                                "<p>Vertel wie u bent, wat u met het geld gaat doen en waarom dat "
                                "ertoe doet voor de gemeente. Een korte video of foto's van "
                                "vrijwilligers maken het persoonlijk.</p>"
                            ),
                        },
                        {
                            "title": "Begin bij uw eigen kring",
                            "text": (
                                "<p>Vraag eerst leden en sympathisanten om bij te dragen. Een actie "
                                "die al op gang is, trekt makkelijker nieuwe gevers.</p>"
                            ),
                        },
                        {
                            "title": "Houd gevers op de hoogte",
                            "text": (
                                "<p>Bedank iedereen, laat zien wat er met het geld is gebeurd en "
                                "neem grotere gevers op in uw giftenregister.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", "De penningmeester en de boekhouding"),
            (
                "paragraph",
                "<p>De penningmeester beheert de financiën namens het bestuur, maar het hele bestuur "
                "blijft verantwoordelijk. Het Burgerlijk Wetboek verplicht het bestuur van een "
                "vereniging om een administratie bij te houden waaruit steeds de financiële positie "
                "blijkt, en om de stukken zeven jaar te bewaren. Voor een lokale partij betekent dat "
                "in de praktijk:</p>"
                "<ul>"
                "<li>een eigen bankrekening op naam van de vereniging, nooit een "
                "privérekening;</li>"
                "<li>van elke uitgave een bon of factuur, en bij elke inkomst een "
                "omschrijving;</li>"
                "<li>een vaste indeling in posten die aansluit bij de begroting;</li>"
                "<li>afspraken over wie betalingen mag doen, bijvoorbeeld boven een bepaald bedrag "
                "alleen met akkoord van een tweede bestuurslid;</li>"
                "<li>een kwartaaloverzicht voor het bestuur.</li>"
                "</ul>"
                "<p>Een eenvoudig boekhoudprogramma of een goed rekenblad is voor de meeste partijen "
                "genoeg. Zorg dat een tweede persoon de administratie kan overnemen als de "
                "penningmeester uitvalt.</p>",
            ),
            (
                "image",
                {
                    "key": "fondsenwerving-kascontrole",
                    "alt": (
                        "Illustratie van een tafel met een opengeslagen kasboek, een stapel "
                        "bonnetjes, een rekenmachine en een spaarpot"
                    ),
                    "caption": (
                        "Een ordelijke administratie maakt het werk van de kascommissie een stuk "
                        "eenvoudiger."
                    ),
                },
            ),
            ("heading", "De kascommissie"),
            (
                "paragraph",
                "<p>Binnen zes maanden na afloop van het boekjaar legt het bestuur een balans en een "
                "overzicht van inkomsten en uitgaven ter goedkeuring voor aan de ALV, tenzij de "
                "vergadering die termijn verlengt. Laat u de stukken niet door een accountant "
                "controleren, dan benoemt de ALV uit de leden een kascommissie van ten minste twee "
                "personen die geen deel uitmaken van het bestuur. Die commissie onderzoekt de "
                "stukken en brengt verslag uit aan de vergadering.</p>"
                "<p>Op basis van dat verslag kan de ALV de jaarstukken goedkeuren en het bestuur "
                "decharge verlenen voor het gevoerde financiële beleid. Kies voor de kascommissie "
                "leden die kritisch durven te zijn en laat de leden elkaar afwisselen, zodat niet "
                "jarenlang dezelfde mensen meekijken.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Voorbereiding op de kascontrole",
                    "items": [
                        "Bankafschriften van het hele boekjaar",
                        "Bonnen en facturen, gesorteerd per post",
                        "Het giftenregister en de afspraken met sponsors",
                        "Telstaten van contante opbrengsten bij acties",
                        "Overzicht van openstaande contributie en afdrachten",
                        "De vastgestelde begroting, om de uitkomsten mee te vergelijken",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "In de kascommissie vroegen we eerst alleen of de getallen klopten. Nu kijken "
                        "we ook of het geld is uitgegeven aan wat de leden hebben besloten. Die vraag "
                        "maakt het gesprek in de ledenvergadering veel beter."
                    ),
                    "name": "Ahmed",
                    "role": "lid van de kascommissie",
                    "party": "een lokale partij in Zuid-Holland",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Mag de penningmeester ook in de kascommissie zitten?",
                        "answer": (
                            "<p>Nee. De kascommissie controleert het bestuur, dus bestuursleden "
                            "kunnen er geen deel van uitmaken. Kies leden die los staan van de "
                            "dagelijkse financiën.</p>"
                        ),
                    },
                    {
                        "question": "Wat doen we als de kascommissie fouten vindt?",
                        "answer": (
                            "<p>Bespreek de bevindingen eerst met het bestuur, zodat dat de fouten "
                            "kan herstellen of uitleggen. De commissie meldt in haar verslag aan de "
                            "ALV wat zij heeft gevonden en wat ermee is gedaan. De ALV beslist "
                            "daarna of zij de jaarstukken goedkeurt.</p>"
                        ),
                    },
                    {
                        "question": "Moeten we belasting betalen over de opbrengst van acties?",
                        "answer": (
                            "<p>Voor de meeste lokale partijen speelt dat niet zolang de activiteiten "
                            "kleinschalig zijn en niet op winst zijn gericht. Organiseert u vaak of "
                            "op grote schaal commerciële activiteiten, vraag dan advies bij de "
                            "Belastingdienst of een deskundige.</p>"
                        ),
                    },
                    {
                        "question": "Wat gebeurt er met het geld als we fuseren met een andere partij?",
                        "answer": (
                            "<p>Bij een fusie gaat het vermogen in de regel over naar de nieuwe of "
                            "de voortbestaande vereniging. Regel dit zorgvuldig, laat beide "
                            "kascommissies de laatste jaarstukken controleren en leg de afspraken "
                            "vast in het fusievoorstel. Meer hierover leest u in de gids over "
                            "fuseren.</p>"
                        ),
                    },
                ],
            ),
        ],
        "en": {
            "slug": "fundraising-events-bookkeeping",
            "title": "Events, crowdfunding and reliable bookkeeping",
            "summary": (
                "Practical ideas for fundraising campaigns, events and crowdfunding, and how the "
                "treasurer and the audit committee make sure every euro can be accounted for."
            ),
            "tags": ["crowdfunding", "events", "bookkeeping", "treasurer", "audit committee"],
            "body": [
                (
                    "paragraph",
                    "<p>Besides membership fees and contributions from councillors, you can raise "
                    "extra money with fundraising activities and crowdfunding, especially in the "
                    "run-up to the elections. Such activities bring something else too: visibility "
                    "in the municipality, conversations with residents and sometimes new members or "
                    "volunteers. But every euro that comes in must also be properly accounted for. "
                    "That is why this guide covers both: raising money and managing it.</p>",
                ),
                ("heading", "Fundraising activities and events"),
                (
                    "paragraph",
                    "<p>An activity does not have to be big to work. Choose something that suits "
                    "your party and your municipality. Examples that local parties use:</p>"
                    "<ul>"
                    "<li>a bike ride or walk past places that come up in the municipal council, "
                    "with a small fee per participant;</li>"
                    "<li>a pub quiz or a political café with an entrance fee;</li>"
                    "<li>an auction of services offered by members, such as a dinner or help in the "
                    "garden;</li>"
                    "<li>a stall at the street fair or the annual market;</li>"
                    "<li>a fundraising dinner with a speaker from the region.</li>"
                    "</ul>"
                    "<p>Budget in advance what the activity costs and what it needs to raise. An "
                    "event that is a lot of work and raises little can still be valuable for your "
                    "visibility, but make that trade-off consciously.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Permits and cash",
                        "text": (
                            "<p>For an event in a public space, serving alcohol or holding a raffle "
                            "you may need a permit or exemption from the municipality. Ask in good "
                            "time. If you count cash, always do so with two people, write the amount "
                            "on a count sheet that you both sign, and pay the money into the party's "
                            "bank account as soon as possible.</p>"
                        ),
                    },
                ),
                ("heading", "Crowdfunding for the campaign"),
                (
                    "paragraph",
                    "<p>With crowdfunding you ask many people for a small contribution towards a "
                    "specific goal, usually through an online platform. It works best with a clear "
                    "story: not 'support our party', but 'help us deliver a door-to-door newsletter "
                    "in every neighbourhood'. A crowdfunding drive is also a campaign in itself: "
                    "people who contribute often tell others about it.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to set up a crowdfunding drive",
                        "steps": [
                            {
                                "title": "Choose a specific goal and amount",
                                "text": (
                                    "<p>People prefer to give to something tangible, such as "
                                    "election posters, a leaflet for every household or a debate "
                                    "evening. Name a realistic target.</p>"
                                ),
                            },
                            {
                                "title": "Choose a platform",
                                "text": (
                                    "<p>Compare the fees, the payment options and the terms. Check "
                                    "whether the platform allows political causes and whether you "
                                    "still receive the money raised if you miss the target.</p>"
                                ),
                            },
                            {
                                "title": "Write a clear story",
                                "text": (
                                    "<p>Say who you are, what you will do with the money and why it "
                                    "matters for the municipality. A short video or photos of "
                                    "volunteers make it personal.</p>"
                                ),
                            },
                            {
                                "title": "Start with your own circle",
                                "text": (
                                    "<p>First ask members and supporters to contribute. A drive that "
                                    "is already under way attracts new donors more easily.</p>"
                                ),
                            },
                            {
                                "title": "Keep donors informed",
                                "text": (
                                    "<p>Thank everyone, show what has been done with the money and "
                                    "enter larger donors in your register of gifts.</p>"
                                ),
                            },
                        ],
                    },
                ),
                ("heading", "The treasurer and the bookkeeping"),
                (
                    "paragraph",
                    "<p>The treasurer manages the finances on behalf of the board, but the board as "
                    "a whole remains responsible. The Dutch Civil Code requires the board of an "
                    "association to keep records that show its financial position at all times, and "
                    "to keep those records for seven years. For a local party this means in "
                    "practice:</p>"
                    "<ul>"
                    "<li>its own bank account in the name of the association, never a private "
                    "account;</li>"
                    "<li>a receipt or invoice for every expense, and a description for every item "
                    "of income;</li>"
                    "<li>a fixed set of categories that matches the budget;</li>"
                    "<li>agreements on who may make payments, for example above a certain amount "
                    "only with the approval of a second board member;</li>"
                    "<li>a quarterly overview for the board.</li>"
                    "</ul>"
                    "<p>A simple accounting program or a good spreadsheet is enough for most "
                    "parties. Make sure a second person can take over the records if the treasurer "
                    "drops out.</p>",
                ),
                (
                    "image",
                    {
                        "key": "fondsenwerving-kascontrole",
                        "alt": (
                            "Illustration of a table with an open cash book, a pile of receipts, a "
                            "calculator and a piggy bank"
                        ),
                        "caption": (
                            "Tidy records make the audit committee's work a great deal easier."
                        ),
                    },
                ),
                ("heading", "The audit committee"),
                (
                    "paragraph",
                    "<p>Within six months of the end of the financial year, the board presents a "
                    "balance sheet and a statement of income and expenditure to the members' "
                    "meeting for approval, unless the meeting extends that period. If you do not "
                    "have the accounts checked by an accountant, the members' meeting appoints an "
                    "audit committee from among the members of at least two people who are not on "
                    "the board. That committee examines the accounts and reports to the "
                    "meeting.</p>"
                    "<p>Based on that report, the members' meeting can approve the annual accounts "
                    "and discharge the board for its financial management. Choose committee members "
                    "who dare to be critical and rotate them, so that the same people are not "
                    "looking over the books for years.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Preparing for the audit",
                        "items": [
                            "Bank statements for the whole financial year",
                            "Receipts and invoices, sorted by category",
                            "The register of gifts and the agreements with sponsors",
                            "Count sheets for cash proceeds from activities",
                            "Overview of outstanding membership fees and contributions",
                            "The adopted budget, to compare the results with",
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "On the audit committee we used to ask only whether the numbers added "
                            "up. Now we also check whether the money was spent on what the members "
                            "decided. That question makes the discussion at the members' meeting "
                            "much better."
                        ),
                        "name": "Ahmed",
                        "role": "member of the audit committee",
                        "party": "a local party in South Holland",
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Can the treasurer also sit on the audit committee?",
                            "answer": (
                                "<p>No. The audit committee checks the board, so board members "
                                "cannot be part of it. Choose members who are not involved in the "
                                "day-to-day finances.</p>"
                            ),
                        },
                        {
                            "question": "What do we do if the audit committee finds mistakes?",
                            "answer": (
                                "<p>First discuss the findings with the board, so that it can "
                                "correct or explain the mistakes. In its report to the members' "
                                "meeting the committee states what it found and what was done about "
                                "it. The members' meeting then decides whether to approve the "
                                "annual accounts.</p>"
                            ),
                        },
                        {
                            "question": "Do we have to pay tax on the proceeds of fundraising activities?",
                            "answer": (
                                "<p>For most local parties this is not an issue as long as the "
                                "activities are small-scale and not aimed at making a profit. If you "
                                "organise commercial activities often or on a large scale, seek "
                                "advice from the Tax Administration or an expert.</p>"
                            ),
                        },
                        {
                            "question": "What happens to the money if we merge with another party?",
                            "answer": (
                                "<p>In a merger, the assets usually pass to the new or the "
                                "continuing association. Arrange this carefully, have both audit "
                                "committees check the most recent accounts and record the agreements "
                                "in the merger proposal. You can read more in the guide on "
                                "mergers.</p>"
                            ),
                        },
                    ],
                ),
            ],
        },
    },
]
