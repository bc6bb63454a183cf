"""Demo guides for the topic "kandidaatstelling" (candidate nomination).

Legal figures are only stated where they follow from the Kieswet as applied at recent municipal
elections; the texts always send readers to the Kiesraad and their gemeente for current figures.
"""

TOPIC = "kandidaatstelling"

GUIDES = [
    # ------------------------------------------------------------------
    # 1. Talent scouten en een kandidaatstellingscommissie
    # ------------------------------------------------------------------
    {
        "slug": "kandidaatstelling-talent-en-commissie",
        "title": "Kandidaatstelling: talent scouten en een kandidaatstellingscommissie instellen",
        "summary": (
            "Hoe je ruim voor de gemeenteraadsverkiezingen kandidaten vindt, een "
            "kandidaatstellingscommissie samenstelt en een zorgvuldige selectie organiseert."
        ),
        "tags": [
            "kandidaatstelling",
            "kandidaten",
            "kandidaatstellingscommissie",
            "talentscouting",
        ],
        "related": [
            "kandidaatstelling-kandidatenlijst-vaststellen",
            "kandidaatstelling-registratie-en-inlevering",
            "screening-procedure",
            "programma-schrijven",
        ],
        "body": [
            (
                "paragraph",
                "<p>Een sterke kandidatenlijst begint lang voor de dag van kandidaatstelling. "
                "Partijen die pas een half jaar voor de verkiezingen gaan zoeken, vullen hun lijst "
                "vaak met wie toevallig beschikbaar is. Partijen die talent ontwikkelen, kunnen "
                "kiezen uit mensen die de gemeente kennen, weten wat het raadswerk inhoudt en "
                "samen een evenwichtige fractie vormen.</p>"
                "<p>In deze gids lees je hoe je kandidaten scout, hoe je een "
                "kandidaatstellingscommissie samenstelt en welke spelregels die commissie nodig "
                "heeft. Hoe de ledenvergadering daarna de kandidatenlijst en de lijsttrekker "
                "vaststelt en hoe je de lijst officieel inlevert, lees je in de twee andere gidsen "
                "over kandidaatstelling.</p>",
            ),
            ("heading", "Talent scouten is een doorlopende taak"),
            (
                "paragraph",
                "<p>Zie het zoeken naar kandidaten niet als klus voor het verkiezingsjaar, maar "
                "als iets wat de hele raadsperiode doorloopt. Veel partijen beginnen anderhalf tot "
                "twee jaar voor de verkiezingen bewust met scouten. Wie in die tijd een rol krijgt "
                "als commissielid, steunfractielid of lid van een werkgroep, ontdekt of het "
                "raadswerk bij hem of haar past, en de partij ontdekt het ook.</p>"
                "<p>Houd als bestuur een eenvoudige talentenlijst bij: namen van mensen die "
                "opvallen, wat ze kunnen en wie contact met ze heeft. Bewaar zo'n lijst "
                "vertrouwelijk en alleen zolang dat nodig is, want ook dit zijn persoonsgegevens.</p>",
            ),
            ("heading", "Waar vind je kandidaten?"),
            (
                "paragraph",
                "<p>Goede kandidaten zitten vaak dichterbij dan je denkt. Kijk in ieder geval "
                "naar:</p>"
                "<ul>"
                "<li>actieve leden, commissieleden, burgerleden en de steunfractie;</li>"
                "<li>inwoners die opvielen bij inspraakavonden, in dorpsraden of in het "
                "wijkoverleg;</li>"
                "<li>bestuurders en vrijwilligers van sportclubs, scholen, kerken, "
                "ondernemersverenigingen en buurtinitiatieven;</li>"
                "<li>mensen met kennis van een onderwerp dat voor de gemeente de komende jaren "
                "belangrijk wordt, zoals zorg, woningbouw of de energietransitie;</li>"
                "<li>kernen, wijken en leeftijdsgroepen die nu nauwelijks in de fractie "
                "vertegenwoordigd zijn.</li>"
                "</ul>"
                "<p>Combineer een open oproep aan leden en inwoners met persoonlijk benaderen. "
                "Veel geschikte kandidaten melden zich niet uit zichzelf, maar zeggen wel ja als "
                "iemand ze gericht vraagt.</p>",
            ),
            ("heading", "De kandidaatstellingscommissie"),
            (
                "paragraph",
                "<p>De kandidaatstellingscommissie, ook wel selectiecommissie of "
                "kandidatencommissie genoemd, voert de gesprekken met kandidaten en adviseert de "
                "ledenvergadering over de volgorde van de kandidatenlijst. Ze werkt in opdracht van "
                "het bestuur of de ledenvergadering, afhankelijk van wat je statuten of "
                "huishoudelijk reglement voorschrijven.</p>"
                "<p>Een commissie van drie tot vijf personen is meestal goed werkbaar. Zorg voor "
                "een mix van ervaring en frisse blik, en bij voorkeur voor ten minste één lid van "
                "buiten het bestuur of zelfs van buiten de partij, bijvoorbeeld een oud-raadslid "
                "van een andere gemeente. Wie zelf kandidaat wil zijn, zit niet in de commissie. "
                "Leg vooraf vast dat de commissie vertrouwelijk werkt en dat leden een mogelijk "
                "belangenconflict melden.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo zet je de kandidaatstellingscommissie aan het werk",
                    "steps": [
                        {
                            "title": "Stel een reglement kandidaatstelling vast",
                            "text": "<p>Leg in een kort reglement vast hoe de procedure verloopt: "
                            "wie de commissie benoemt, welke taak ze heeft, hoe kandidaten zich "
                            "melden, hoe de ledenvergadering beslist en welke termijnen gelden. "
                            "Laat de ledenvergadering het reglement vaststellen.</p>",
                        },
                        {
                            "title": "Benoem de commissie",
                            "text": "<p>Benoem de leden ruim op tijd, zodat ze de hele procedure "
                            "kunnen doorlopen. Wijs een voorzitter en een secretaris aan en spreek "
                            "af hoe de commissie terugkoppelt aan het bestuur.</p>",
                        },
                        {
                            "title": "Schrijf een profielschets",
                            "text": "<p>Beschrijf wat de fractie de komende periode nodig heeft: "
                            "kennis, vaardigheden, binding met de gemeente en de tijd die het werk "
                            "vraagt. Maak een aparte profielschets voor de lijsttrekker.</p>",
                        },
                        {
                            "title": "Werf kandidaten",
                            "text": "<p>Publiceer een open oproep onder leden en inwoners en "
                            "benader mensen van de talentenlijst persoonlijk. Vraag een korte "
                            "motivatie en een cv.</p>",
                        },
                        {
                            "title": "Voer gesprekken en screen",
                            "text": "<p>Voer met elke kandidaat een gestructureerd gesprek aan de "
                            "hand van de profielschets. Bespreek ook integriteit en mogelijke "
                            "nevenfuncties, en volg de screeningsprocedure van de partij.</p>",
                        },
                        {
                            "title": "Breng een gemotiveerd advies uit",
                            "text": "<p>De commissie stelt een conceptkandidatenlijst op en "
                            "licht per plek toe waarom ze tot die keuze kwam. Kandidaten horen de "
                            "uitkomst eerst van de commissie zelf, voordat de leden het advies "
                            "ontvangen.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Wees eerlijk over de tijd die het kost",
                    "text": "<p>Raadswerk kost veel meer tijd dan de meeste mensen verwachten: "
                    "stukken lezen, fractieoverleg, commissie- en raadsvergaderingen en contact "
                    "met inwoners. Laat een zittend raadslid in het gesprek vertellen hoe een "
                    "gewone week eruitziet. Zo voorkom je teleurstellingen en tussentijds "
                    "vertrek.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Onze beste kandidaat had zich nooit zelf gemeld. Ze zat al jaren in "
                    "de dorpsraad en zei meteen ja toen een raadslid haar persoonlijk vroeg.",
                    "name": "Henk (fictief voorbeeld)",
                    "role": "Voorzitter kandidaatstellingscommissie",
                    "party": "Gemeentebelangen Voorbeeldstad",
                },
            ),
            (
                "checklist",
                {
                    "title": "Waar let je op in de profielschets?",
                    "items": [
                        "Kennis van en binding met de gemeente, haar wijken en kernen",
                        "Affiniteit met de uitgangspunten en het programma van de partij",
                        "Vaardigheden: lezen en analyseren, debatteren, samenwerken",
                        "Beschikbare tijd naast werk, gezin en andere verplichtingen",
                        "Integriteit en mogelijke belangenverstrengeling door nevenfuncties",
                        "Bereidheid om trainingen te volgen en feedback te ontvangen",
                        "De samenstelling van de fractie als geheel: ervaring, achtergrond en spreiding",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Moet een kandidaat lid zijn van de partij?",
                        "answer": "<p>De Kieswet stelt die eis niet. Veel partijen vragen het wel "
                        "in hun statuten of reglement, omdat kandidaten de partij vertegenwoordigen. "
                        "Leg vooraf vast wat bij jullie geldt, zodat daar tijdens de procedure geen "
                        "discussie over ontstaat.</p>",
                    },
                    {
                        "question": "Mag een bestuurslid in de kandidaatstellingscommissie zitten?",
                        "answer": "<p>Dat mag, maar zorg dat de commissie niet alleen uit "
                        "bestuursleden bestaat. Een onafhankelijke blik maakt het advies sterker "
                        "en geloofwaardiger bij de leden. Een bestuurslid dat zelf kandidaat is, "
                        "hoort er niet in.</p>",
                    },
                    {
                        "question": "Mogen kandidaten buiten de gemeente wonen?",
                        "answer": "<p>Een kandidaat hoeft bij de kandidaatstelling nog niet in de "
                        "gemeente te wonen, maar levert dan een verklaring in dat hij of zij bij "
                        "benoeming in de gemeente gaat wonen. Wie raadslid wordt, moet in principe "
                        "in de gemeente wonen. Vraag de gemeente naar de precieze regels en "
                        "uitzonderingen.</p>",
                    },
                    {
                        "question": "Wat als we te weinig kandidaten vinden?",
                        "answer": "<p>Begin dan eerder en vraag breder, ook buiten de eigen "
                        "kring. Bied kandidaten op lagere plekken een duidelijke, lichtere rol, "
                        "bijvoorbeeld als commissielid of in de campagne. Ook de trainingen van het "
                        "Kennispunt, zoals de reeks Op weg naar de verkiezingen, kunnen twijfelaars "
                        "over de streep helpen.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "candidate-nomination-scouting-committee",
            "title": "Candidate nomination: scouting talent and setting up a candidate committee",
            "summary": (
                "How to find candidates well ahead of the municipal elections, put together a "
                "candidate committee and run a careful selection process."
            ),
            "tags": [
                "candidate nomination",
                "candidates",
                "candidate committee",
                "talent scouting",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>A strong candidate list starts long before nomination day. Parties that "
                    "only start looking six months before the elections often fill their list "
                    "with whoever happens to be available. Parties that develop talent can choose "
                    "from people who know the municipality, understand what council work involves "
                    "and together make up a balanced council group.</p>"
                    "<p>This guide explains how to scout candidates, how to put together a "
                    "candidate committee and which ground rules that committee needs. How the "
                    "members' meeting then sets the candidate list and chooses the lead candidate, "
                    "and how to submit the list officially, is covered in the two other guides on "
                    "candidate nomination.</p>",
                ),
                ("heading", "Scouting talent is an ongoing job"),
                (
                    "paragraph",
                    "<p>Do not treat the search for candidates as a task for election year, but "
                    "as something that runs through the whole council term. Many parties start "
                    "scouting deliberately eighteen months to two years before the elections. "
                    "People who take on a role in that period, as a committee member, in the "
                    "support group or in a working group, find out whether council work suits "
                    "them, and so does the party.</p>"
                    "<p>As a board, keep a simple talent list: names of people who stand out, what "
                    "they are good at and who is in touch with them. Keep such a list confidential "
                    "and only for as long as needed, because this too is personal data.</p>",
                ),
                ("heading", "Where do you find candidates?"),
                (
                    "paragraph",
                    "<p>Good candidates are often closer than you think. At the very least, look "
                    "at:</p>"
                    "<ul>"
                    "<li>active members, committee members, citizen members and the support "
                    "group;</li>"
                    "<li>residents who stood out at consultation evenings, in village councils or "
                    "in neighbourhood forums;</li>"
                    "<li>board members and volunteers of sports clubs, schools, churches, business "
                    "associations and community initiatives;</li>"
                    "<li>people with expertise in a subject that will matter to the municipality "
                    "in the coming years, such as care, housing or the energy transition;</li>"
                    "<li>villages, neighbourhoods and age groups that are barely represented in "
                    "the council group today.</li>"
                    "</ul>"
                    "<p>Combine an open call to members and residents with approaching people "
                    "personally. Many suitable candidates will not come forward on their own, but "
                    "do say yes when someone asks them directly.</p>",
                ),
                ("heading", "The candidate committee"),
                (
                    "paragraph",
                    "<p>The candidate committee, sometimes called the selection committee, "
                    "interviews candidates and advises the members' meeting on the order of the "
                    "candidate list. It works on behalf of the board or the members' meeting, "
                    "depending on what your statutes or by-laws prescribe.</p>"
                    "<p>A committee of three to five people usually works well. Aim for a mix of "
                    "experience and fresh eyes, and preferably at least one member from outside "
                    "the board or even outside the party, such as a former councillor from another "
                    "municipality. Anyone who wants to stand as a candidate does not sit on the "
                    "committee. Agree in advance that the committee works confidentially and that "
                    "members declare any possible conflict of interest.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Getting the candidate committee to work",
                        "steps": [
                            {
                                "title": "Adopt nomination rules",
                                "text": "<p>Set out in short rules how the procedure works: who "
                                "appoints the committee, what its task is, how candidates apply, "
                                "how the members' meeting decides and which deadlines apply. Have "
                                "the members' meeting adopt the rules.</p>",
                            },
                            {
                                "title": "Appoint the committee",
                                "text": "<p>Appoint the members in good time so that they can see "
                                "the whole procedure through. Choose a chair and a secretary and "
                                "agree how the committee reports back to the board.</p>",
                            },
                            {
                                "title": "Write a candidate profile",
                                "text": "<p>Describe what the council group needs in the coming "
                                "term: knowledge, skills, ties to the municipality and the time "
                                "the work demands. Write a separate profile for the lead "
                                "candidate.</p>",
                            },
                            {
                                "title": "Recruit candidates",
                                "text": "<p>Publish an open call among members and residents and "
                                "approach people on the talent list personally. Ask for a short "
                                "motivation and a CV.</p>",
                            },
                            {
                                "title": "Interview and screen",
                                "text": "<p>Hold a structured interview with each candidate based "
                                "on the profile. Discuss integrity and any outside positions too, "
                                "and follow the party's screening procedure.</p>",
                            },
                            {
                                "title": "Deliver reasoned advice",
                                "text": "<p>The committee drafts a proposed candidate list and "
                                "explains for each position why it made that choice. Candidates "
                                "hear the outcome from the committee itself before the members "
                                "receive the advice.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Be honest about the time it takes",
                        "text": "<p>Council work takes far more time than most people expect: "
                        "reading documents, group meetings, committee and council meetings and "
                        "contact with residents. Ask a sitting councillor to describe an ordinary "
                        "week during the interview. That prevents disappointment and people "
                        "stepping down mid-term.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "Our best candidate would never have applied on her own. She had "
                        "been on the village council for years and said yes straight away when a "
                        "councillor asked her personally.",
                        "name": "Henk (fictional example)",
                        "role": "Chair of the candidate committee",
                        "party": "Gemeentebelangen Voorbeeldstad",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "What to look for in the candidate profile",
                        "items": [
                            "Knowledge of and ties to the municipality, its neighbourhoods and villages",
                            "Affinity with the party's principles and programme",
                            "Skills: reading and analysing, debating, working together",
                            "Time available alongside work, family and other commitments",
                            "Integrity and possible conflicts of interest through outside positions",
                            "Willingness to take training and receive feedback",
                            "The make-up of the council group as a whole: experience, background and spread",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Does a candidate have to be a party member?",
                            "answer": "<p>The Elections Act does not require it. Many parties do "
                            "ask for it in their statutes or rules, because candidates represent "
                            "the party. Agree in advance what applies in your party, so it does "
                            "not become a point of debate during the procedure.</p>",
                        },
                        {
                            "question": "Can a board member sit on the candidate committee?",
                            "answer": "<p>Yes, but make sure the committee does not consist only "
                            "of board members. An independent view makes the advice stronger and "
                            "more credible to members. A board member who is a candidate does not "
                            "belong on it.</p>",
                        },
                        {
                            "question": "Can candidates live outside the municipality?",
                            "answer": "<p>A candidate need not live in the municipality at the "
                            "time of nomination, but then submits a declaration of intent to move "
                            "there if appointed. Anyone who becomes a councillor must in principle "
                            "live in the municipality. Ask your municipality about the exact rules "
                            "and exceptions.</p>",
                        },
                        {
                            "question": "What if we cannot find enough candidates?",
                            "answer": "<p>Start earlier and cast your net wider, including beyond "
                            "your own circle. Offer candidates lower on the list a clear, lighter "
                            "role, for example as a committee member or in the campaign. The "
                            "knowledge centre's training sessions, such as the series On the way "
                            "to the elections, can also help people who are hesitating.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 2. Kandidatenlijst en lijsttrekker vaststellen
    # ------------------------------------------------------------------
    {
        "slug": "kandidaatstelling-kandidatenlijst-vaststellen",
        "title": "De kandidatenlijst en de lijsttrekker vaststellen in de ledenvergadering",
        "summary": (
            "Hoe je van het advies van de kandidaatstellingscommissie komt tot een kandidatenlijst "
            "die de ledenvergadering vaststelt, inclusief de keuze van de lijsttrekker."
        ),
        "tags": ["kandidaatstelling", "kandidatenlijst", "lijsttrekker", "ledenvergadering", "alv"],
        "related": [
            "kandidaatstelling-talent-en-commissie",
            "kandidaatstelling-registratie-en-inlevering",
            "screening-procedure",
            "campagne-plan",
        ],
        "body": [
            (
                "paragraph",
                "<p>In de meeste lokale partijen stelt de ledenvergadering (ALV) de kandidatenlijst "
                "vast. Dat is een van de belangrijkste besluiten die leden in vier jaar nemen: de "
                "volgorde op de lijst bepaalt in grote lijnen wie namens de partij in de "
                "gemeenteraad komt. Een zorgvuldige, open procedure voorkomt ruzie en zorgt dat de "
                "hele partij achter de lijst staat.</p>"
                "<p>Deze gids gaat over de stap tussen het advies van de "
                "kandidaatstellingscommissie en de officiële inlevering bij het centraal "
                "stembureau: de keuze van de lijsttrekker, het opstellen van de volgorde en de "
                "ledenvergadering zelf.</p>",
            ),
            ("heading", "Eerst de lijsttrekker"),
            (
                "paragraph",
                "<p>De lijsttrekker is het gezicht van de campagne, voert het woord in debatten en "
                "wordt na de verkiezingen meestal fractievoorzitter. Veel partijen kiezen de "
                "lijsttrekker daarom in een aparte stap, een paar weken of maanden voordat de rest "
                "van de lijst wordt vastgesteld. Zo kan de lijsttrekker meepraten over het team en "
                "begint de campagne met een duidelijk gezicht.</p>"
                "<p>Bespreek vooraf ook of de partij een kandidaat-wethouder wil aanwijzen. Dat "
                "hoeft niet dezelfde persoon te zijn als de lijsttrekker. Wie mogelijk wethouder "
                "wordt, krijgt bovendien te maken met de risicoanalyse integriteit die de gemeente "
                "laat uitvoeren.</p>",
            ),
            ("heading", "Van advies naar volgorde"),
            (
                "paragraph",
                "<p>De kandidaatstellingscommissie levert een gemotiveerd advies voor de volgorde. "
                "Bij het opstellen daarvan spelen een paar overwegingen een rol:</p>"
                "<ul>"
                "<li><b>Verkiesbare plaatsen.</b> Schat realistisch in hoeveel zetels de partij kan "
                "halen. De kandidaten op die plekken moeten klaar zijn om direct raadslid te "
                "worden.</li>"
                "<li><b>Opvolgers.</b> Raadsleden vallen tussentijds weleens weg. Zet direct na de "
                "verkiesbare plekken mensen die bereid en in staat zijn het werk over te "
                "nemen.</li>"
                "<li><b>Balans.</b> Let op spreiding over wijken en kernen, ervaring en nieuw "
                "talent, leeftijd en achtergrond.</li>"
                "<li><b>Voorkeurstemmen.</b> Een kandidaat die genoeg voorkeurstemmen haalt, wordt "
                "gekozen ongeacht de plek op de lijst. De drempel is een deel van de kiesdeler en "
                "hangt af van de grootte van de raad. Bekende kandidaten lager op de lijst kunnen "
                "zo stemmen trekken.</li>"
                "<li><b>Lijstduwer.</b> Veel partijen zetten onderaan een bekende inwoner of oud-"
                "raadslid die de lijst steunt, maar niet verwacht gekozen te worden.</li>"
                "</ul>",
            ),
            (
                "image",
                {
                    "key": "kandidaatstelling-ledenvergadering",
                    "alt": "Leden van een lokale partij zitten in een zaaltje van een dorpshuis en "
                    "steken hun stemkaart op; voorin staat de conceptkandidatenlijst op een scherm.",
                    "caption": "De ledenvergadering stelt de kandidatenlijst vast, meestal na "
                    "een toelichting van de kandidaatstellingscommissie.",
                },
            ),
            ("heading", "De ledenvergadering voorbereiden en houden"),
            (
                "steps",
                {
                    "title": "Stappenplan voor de kandidatenvergadering",
                    "steps": [
                        {
                            "title": "Controleer statuten en reglement",
                            "text": "<p>Kijk wat je statuten, huishoudelijk reglement en reglement "
                            "kandidaatstelling zeggen over de oproepingstermijn, het quorum, het "
                            "stemrecht en de manier van stemmen over personen.</p>",
                        },
                        {
                            "title": "Roep de leden tijdig op",
                            "text": "<p>Stuur de uitnodiging met agenda, het advies van de "
                            "commissie en een korte presentatie van elke kandidaat binnen de "
                            "termijn uit de statuten. Vermeld hoe en tot wanneer leden "
                            "tegenkandidaten of wijzigingsvoorstellen kunnen indienen.</p>",
                        },
                        {
                            "title": "Regel een stembureau",
                            "text": "<p>Wijs een paar leden aan die niet zelf kandidaat zijn als "
                            "stembureau of telcommissie. Zorg voor stembriefjes en een presentielijst "
                            "waarmee je controleert wie stemrecht heeft.</p>",
                        },
                        {
                            "title": "Stem per plek of over de hele lijst",
                            "text": "<p>Begin met de lijsttrekker als die nog niet gekozen is. Stem "
                            "daarna over de volgorde zoals je reglement voorschrijft: plek voor plek "
                            "voor de verkiesbare plaatsen en eventueel in één keer over de rest van "
                            "de lijst.</p>",
                        },
                        {
                            "title": "Leg het besluit vast",
                            "text": "<p>Noteer de vastgestelde lijst met de uitslag van de "
                            "stemmingen in de notulen. Laat de voorzitter en de secretaris de "
                            "definitieve lijst ondertekenen, zodat er later geen twijfel over "
                            "bestaat.</p>",
                        },
                        {
                            "title": "Informeer kandidaten en regel de verklaringen",
                            "text": "<p>Laat alle kandidaten direct na de vergadering weten waar "
                            "ze staan. Laat hen daarna de instemmingsverklaring tekenen voor precies "
                            "deze lijst en verzamel de andere stukken die bij de inlevering nodig "
                            "zijn.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Stemmen over personen vraagt zorgvuldigheid",
                    "text": "<p>Stem over personen schriftelijk en geheim, tenzij je statuten "
                    "iets anders bepalen. Bespreek kandidaten op de vergadering met respect: wat "
                    "daar gezegd wordt, komt vaak bij de kandidaat terecht. Een kandidaat die "
                    "lager uitkomt dan gehoopt, verdient een persoonlijk gesprek.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Na de vergadering ligt de volgorde vast, maar de lijst is pas officieel als het "
                "centraal stembureau haar op de dag van kandidaatstelling heeft ontvangen en "
                "geldig heeft verklaard. Plan daarom genoeg tijd tussen de ledenvergadering en die "
                "dag om handtekeningen, kopieën van identiteitsbewijzen en andere stukken te "
                "verzamelen.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We stemden plek voor plek tot en met de zevende plaats en daarna over "
                    "de rest in één keer. Het duurde een avond, maar niemand ging met een kater "
                    "naar huis.",
                    "name": "Marloes (fictief voorbeeld)",
                    "role": "Secretaris",
                    "party": "Lokaal Voorbeeldstad",
                },
            ),
            (
                "checklist",
                {
                    "title": "Na de ledenvergadering",
                    "items": [
                        "De vastgestelde kandidatenlijst staat in de notulen en is ondertekend",
                        "Alle kandidaten zijn persoonlijk geïnformeerd over hun plek",
                        "Namen en voorletters zijn gecontroleerd op de schrijfwijze in hun identiteitsbewijs",
                        "Elke kandidaat heeft de instemmingsverklaring voor deze lijst getekend",
                        "Van kandidaten die nog niet in de raad zitten is een kopie van het identiteitsbewijs verzameld",
                        "Kandidaten van buiten de gemeente hebben een verklaring van voorgenomen vestiging getekend",
                        "De lijsttrekker en het campagneteam zijn ingelicht over de vervolgstappen",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Kan de ledenvergadering afwijken van het advies van de commissie?",
                        "answer": "<p>Ja. De commissie adviseert, de leden beslissen. Leg in je "
                        "reglement vast hoe leden een andere volgorde of een tegenkandidaat kunnen "
                        "voorstellen, zodat dat op een eerlijke en voorspelbare manier gebeurt.</p>",
                    },
                    {
                        "question": "Hoeveel kandidaten zetten we op de lijst?",
                        "answer": "<p>De Kieswet kent een maximum aantal kandidaten per lijst; "
                        "vraag bij je gemeente of de Kiesraad wat voor jouw gemeenteraad geldt. "
                        "Zet in ieder geval duidelijk meer kandidaten op de lijst dan je zetels "
                        "verwacht, zodat er opvolgers beschikbaar zijn.</p>",
                    },
                    {
                        "question": "Kunnen we de volgorde na de ledenvergadering nog aanpassen?",
                        "answer": "<p>Tot de inlevering kan dat alleen via de procedure uit je "
                        "eigen reglement, meestal met een nieuw besluit van de leden. Houd er "
                        "rekening mee dat kandidaten hun instemmingsverklaring voor de lijst zoals "
                        "die wordt ingeleverd tekenen; verandert de lijst, dan moeten ze vaak "
                        "opnieuw tekenen. Na de dag van kandidaatstelling ligt de lijst vast.</p>",
                    },
                    {
                        "question": "Wat doen we met een teleurgestelde kandidaat?",
                        "answer": "<p>Neem persoonlijk contact op, leg de afweging uit en bied een "
                        "rol aan die past, bijvoorbeeld in de campagne of als commissielid na de "
                        "verkiezingen. Veel kandidaten blijven betrokken als ze zich serieus "
                        "genomen voelen.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "candidate-nomination-list-order",
            "title": "Setting the candidate list and choosing the lead candidate at the members' meeting",
            "summary": (
                "How to move from the candidate committee's advice to a candidate list adopted by "
                "the members' meeting, including the choice of the lead candidate."
            ),
            "tags": [
                "candidate nomination",
                "candidate list",
                "lead candidate",
                "members' meeting",
                "general meeting",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>In most local parties the members' meeting adopts the candidate list. It is "
                    "one of the most important decisions members take in four years: the order of "
                    "the list broadly determines who will sit on the municipal council for the "
                    "party. A careful, open procedure prevents conflict and makes sure the whole "
                    "party stands behind the list.</p>"
                    "<p>This guide covers the step between the candidate committee's advice and "
                    "the official submission to the central electoral committee: choosing the "
                    "lead candidate, deciding the order and the members' meeting itself.</p>",
                ),
                ("heading", "The lead candidate first"),
                (
                    "paragraph",
                    "<p>The lead candidate is the face of the campaign, speaks in debates and "
                    "usually becomes leader of the council group after the elections. Many parties "
                    "therefore choose the lead candidate in a separate step, a few weeks or months "
                    "before the rest of the list is set. That way the lead candidate can have a "
                    "say in the team, and the campaign starts with a clear face.</p>"
                    "<p>Also discuss in advance whether the party wants to name a candidate for "
                    "alderman. That need not be the same person as the lead candidate. Anyone who "
                    "may become an alderman will also face the integrity risk analysis the "
                    "municipality carries out.</p>",
                ),
                ("heading", "From advice to list order"),
                (
                    "paragraph",
                    "<p>The candidate committee delivers reasoned advice on the order. A few "
                    "considerations come into play when drawing it up:</p>"
                    "<ul>"
                    "<li><b>Electable positions.</b> Estimate realistically how many seats the "
                    "party can win. The candidates in those positions must be ready to become "
                    "councillors straight away.</li>"
                    "<li><b>Successors.</b> Councillors sometimes drop out mid-term. Right after "
                    "the electable positions, place people who are willing and able to take over "
                    "the work.</li>"
                    "<li><b>Balance.</b> Pay attention to spread across neighbourhoods and "
                    "villages, experience and new talent, age and background.</li>"
                    "<li><b>Preference votes.</b> A candidate who wins enough preference votes is "
                    "elected regardless of their place on the list. The threshold is a share of "
                    "the electoral quota and depends on the size of the council. Well-known "
                    "candidates lower down the list can attract votes this way.</li>"
                    "<li><b>Closing candidate.</b> Many parties put a well-known resident or "
                    "former councillor at the bottom, someone who backs the list but does not "
                    "expect to be elected.</li>"
                    "</ul>",
                ),
                (
                    "image",
                    {
                        "key": "kandidaatstelling-ledenvergadering",
                        "alt": "Members of a local party sit in a room in a village hall raising "
                        "their voting cards; at the front the draft candidate list is shown on a "
                        "screen.",
                        "caption": "The members' meeting adopts the candidate list, usually "
                        "after an explanation by the candidate committee.",
                    },
                ),
                ("heading", "Preparing and holding the members' meeting"),
                (
                    "steps",
                    {
                        "title": "Step-by-step plan for the candidate meeting",
                        "steps": [
                            {
                                "title": "Check the statutes and rules",
                                "text": "<p>See what your statutes, by-laws and nomination rules "
                                "say about the notice period, the quorum, voting rights and how "
                                "to vote on people.</p>",
                            },
                            {
                                "title": "Convene members in time",
                                "text": "<p>Send the invitation with the agenda, the committee's "
                                "advice and a short introduction of each candidate within the "
                                "period set in the statutes. State how and by when members can "
                                "put forward rival candidates or amendments.</p>",
                            },
                            {
                                "title": "Set up a tellers' committee",
                                "text": "<p>Appoint a few members who are not candidates "
                                "themselves to run the vote and count it. Provide ballot papers "
                                "and an attendance list to check who is entitled to vote.</p>",
                            },
                            {
                                "title": "Vote per position or on the whole list",
                                "text": "<p>Start with the lead candidate if not yet chosen. Then "
                                "vote on the order as your rules prescribe: position by position "
                                "for the electable places, and possibly in one go for the rest of "
                                "the list.</p>",
                            },
                            {
                                "title": "Record the decision",
                                "text": "<p>Record the adopted list and the results of the votes "
                                "in the minutes. Have the chair and the secretary sign the final "
                                "list so there can be no doubt about it later.</p>",
                            },
                            {
                                "title": "Inform candidates and arrange the declarations",
                                "text": "<p>Tell all candidates right after the meeting where they "
                                "stand. Then have them sign the declaration of consent for exactly "
                                "this list, and collect the other documents needed for "
                                "submission.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Voting on people calls for care",
                        "text": "<p>Vote on people in writing and by secret ballot, unless your "
                        "statutes say otherwise. Discuss candidates respectfully at the meeting: "
                        "what is said there often reaches the candidate. A candidate who ends up "
                        "lower than hoped deserves a personal conversation.</p>",
                    },
                ),
                (
                    "paragraph",
                    "<p>After the meeting the order is fixed, but the list only becomes official "
                    "once the central electoral committee has received it on nomination day and "
                    "declared it valid. So plan enough time between the members' meeting and that "
                    "day to collect signatures, copies of identity documents and other "
                    "paperwork.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We voted position by position up to seventh place and then on "
                        "the rest in one go. It took an evening, but nobody went home with a bad "
                        "taste in their mouth.",
                        "name": "Marloes (fictional example)",
                        "role": "Secretary",
                        "party": "Lokaal Voorbeeldstad",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "After the members' meeting",
                        "items": [
                            "The adopted candidate list is in the minutes and has been signed",
                            "All candidates have been told their position personally",
                            "Names and initials have been checked against the spelling on their identity documents",
                            "Every candidate has signed the declaration of consent for this list",
                            "A copy of the identity document has been collected from candidates not yet on the council",
                            "Candidates from outside the municipality have signed a declaration of intent to move there",
                            "The lead candidate and the campaign team have been briefed on the next steps",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Can the members' meeting depart from the committee's advice?",
                            "answer": "<p>Yes. The committee advises; the members decide. Set out "
                            "in your rules how members can propose a different order or a rival "
                            "candidate, so that it happens in a fair and predictable way.</p>",
                        },
                        {
                            "question": "How many candidates should we put on the list?",
                            "answer": "<p>The Elections Act sets a maximum number of candidates "
                            "per list; ask your municipality or the Electoral Council what applies "
                            "to your council. In any case, put clearly more candidates on the list "
                            "than the seats you expect, so that successors are available.</p>",
                        },
                        {
                            "question": "Can we still change the order after the members' meeting?",
                            "answer": "<p>Until submission, only through the procedure in your "
                            "own rules, usually with a new decision by the members. Bear in mind "
                            "that candidates sign their declaration of consent for the list as it "
                            "will be submitted; if the list changes, they often have to sign "
                            "again. After nomination day the list is fixed.</p>",
                        },
                        {
                            "question": "What do we do with a disappointed candidate?",
                            "answer": "<p>Get in touch personally, explain the considerations and "
                            "offer a suitable role, for example in the campaign or as a committee "
                            "member after the elections. Many candidates stay involved when they "
                            "feel taken seriously.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 3. Registratie, ondersteuningsverklaringen, waarborgsom, dag van kandidaatstelling
    # ------------------------------------------------------------------
    {
        "slug": "kandidaatstelling-registratie-en-inlevering",
        "title": "Registratie, ondersteuningsverklaringen en de dag van kandidaatstelling",
        "summary": (
            "De formele kant van meedoen aan de gemeenteraadsverkiezingen: de registratie van de "
            "aanduiding, ondersteuningsverklaringen, de waarborgsom, lijstcombinaties en het "
            "inleveren van de kandidatenlijst bij het centraal stembureau."
        ),
        "tags": [
            "kandidaatstelling",
            "centraal stembureau",
            "ondersteuningsverklaringen",
            "waarborgsom",
            "kieswet",
        ],
        "related": [
            "kandidaatstelling-talent-en-commissie",
            "kandidaatstelling-kandidatenlijst-vaststellen",
            "fusie-waarom-en-hoe",
            "campagne-plan",
        ],
        "body": [
            (
                "paragraph",
                "<p>Wie mee wil doen aan de gemeenteraadsverkiezingen, krijgt te maken met de "
                "Kieswet en het centraal stembureau van de gemeente. Dat stembureau registreert "
                "partijnamen, neemt de kandidatenlijsten in ontvangst en beslist of ze geldig zijn. "
                "De regels zijn streng en de termijnen hard: een gemiste datum kun je niet meer "
                "herstellen.</p>"
                "<p>Deze gids zet de formele stappen op een rij. Bedragen en termijnen die we "
                "noemen, golden bij recente gemeenteraadsverkiezingen. Regels kunnen veranderen, "
                "dus controleer de actuele data en bedragen altijd in de verkiezingskalender van de "
                "Kiesraad en bij je eigen gemeente.</p>",
            ),
            ("heading", "De partijnaam registreren: de aanduiding"),
            (
                "paragraph",
                "<p>De naam die boven je kandidatenlijst en op het stembiljet staat, heet in de "
                "Kieswet de aanduiding. Die moet je laten registreren bij het centraal stembureau "
                "van je gemeente. Een registratie blijft gelden zolang de partij bij de volgende "
                "verkiezing een geldige kandidatenlijst inlevert. Voor een nieuwe partij, of na een "
                "naamswijziging of fusie, is registratie dus de eerste formele stap.</p>"
                "<p>Om een aanduiding te kunnen laten registreren, moet aan een aantal voorwaarden "
                "zijn voldaan:</p>"
                "<ul>"
                "<li>De partij is een vereniging met volledige rechtsbevoegdheid: de statuten zijn "
                "vastgelegd in een notariële akte.</li>"
                "<li>De vereniging staat ingeschreven in het handelsregister van de Kamer van "
                "Koophandel.</li>"
                "<li>Het verzoek wordt ingediend door de bestuurders die de vereniging mogen "
                "vertegenwoordigen, met de aanwijzing van een gemachtigde en een plaatsvervangend "
                "gemachtigde.</li>"
                "<li>De partij betaalt een waarborgsom voor de registratie; bij de "
                "gemeenteraadsverkiezingen van 2022 was dat € 112,50.</li>"
                "<li>De naam is niet misleidend, lijkt niet (grotendeels) op een al geregistreerde "
                "naam, is niet in strijd met de openbare orde en telt niet meer dan 35 letters of "
                "andere tekens.</li>"
                "</ul>"
                "<p>Het registratieverzoek moet uiterlijk op de 42e dag vóór de dag van "
                "kandidaatstelling binnen zijn. Bij gemeenteraadsverkiezingen in maart valt die "
                "datum in december van het jaar ervoor. Een later verzoek geldt pas voor de "
                "verkiezingen daarna. Zonder geregistreerde naam kun je nog wel meedoen, maar dan "
                "met een blanco lijst: er staat alleen een nummer boven je lijst, zonder "
                "partijnaam.</p>",
            ),
            ("heading", "Tijdlijn richting de verkiezingsdag"),
            (
                "table",
                {
                    "caption": "Tijdlijn kandidaatstelling gemeenteraadsverkiezingen (indicatief; "
                    "actuele data in de verkiezingskalender van de Kiesraad)",
                    "header": ["Moment", "Wat moet er gebeuren", "Wettelijk of eigen planning"],
                    "rows": [
                        [
                            "Anderhalf tot twee jaar vooraf",
                            "Reglement kandidaatstelling vaststellen, talent scouten",
                            "Eigen planning",
                        ],
                        [
                            "Ongeveer een jaar vooraf",
                            "Kandidaatstellingscommissie aan het werk: profielschets, oproep, "
                            "gesprekken en screening",
                            "Eigen planning",
                        ],
                        [
                            "Najaar vóór de verkiezingen",
                            "Ledenvergadering kiest de lijsttrekker en stelt de kandidatenlijst vast",
                            "Eigen planning, volgens de statuten",
                        ],
                        [
                            "Uiterlijk de 42e dag vóór de dag van kandidaatstelling",
                            "Verzoek tot registratie van de aanduiding is binnen bij het centraal "
                            "stembureau",
                            "Wettelijk",
                        ],
                        [
                            "Uiterlijk 14 dagen vóór de dag van kandidaatstelling",
                            "Waarborgsom betaald (partijen zonder zetel in de raad)",
                            "Wettelijk",
                        ],
                        [
                            "Ongeveer twee weken vóór tot en met de dag van kandidaatstelling",
                            "Kiezers leggen ondersteuningsverklaringen af in het gemeentehuis",
                            "Wettelijk",
                        ],
                        [
                            "Dag van kandidaatstelling, ruim zes weken vóór de verkiezingsdag",
                            "Kandidatenlijst met alle stukken inleveren bij het centraal stembureau",
                            "Wettelijk",
                        ],
                        [
                            "De dagen daarna",
                            "Onderzoek van de lijsten, herstel van verzuimen, openbare zitting over "
                            "geldigheid en nummering",
                            "Wettelijk",
                        ],
                    ],
                },
            ),
            (
                "document",
                {
                    "key": "kandidaatstelling-tijdlijn",
                    "title": "Tijdlijn en afvinklijst kandidaatstelling",
                    "description": "Invulbare planning van de eerste scouting tot de zitting van "
                    "het centraal stembureau, met ruimte om de actuele data van de Kiesraad en je "
                    "gemeente in te vullen.",
                },
            ),
            ("heading", "Ondersteuningsverklaringen voor nieuwe partijen"),
            (
                "paragraph",
                "<p>Een partij die voor het eerst meedoet, bij de vorige verkiezing geen zetel "
                "haalde of met een blanco lijst meedoet, moet bij de kandidatenlijst "
                "ondersteuningsverklaringen inleveren. Daarmee laten kiezers zien dat er draagvlak "
                "is voor de deelname van de partij. Hoeveel verklaringen nodig zijn, hangt af van "
                "het aantal zetels in de gemeenteraad; je gemeente en de Kiesraad vermelden het "
                "precieze aantal.</p>"
                "<p>Een kiezer tekent de verklaring persoonlijk in het gemeentehuis, in het bijzijn "
                "van een ambtenaar en na het tonen van een identiteitsbewijs. Dat kan alleen in een "
                "korte periode voor en op de dag van kandidaatstelling. De kiezer moet in de "
                "gemeente kiesgerechtigd zijn, mag maar voor één lijst tekenen en kan een verklaring "
                "niet intrekken. De getekende formulieren gaan terug naar de partij, die ze bij de "
                "lijst inlevert.</p>"
                "<p>Verzamel ruim meer verklaringen dan het minimum, want een verklaring kan "
                "ongeldig blijken. Plan vrijwilligers in die supporters begeleiden, en vraag de "
                "gemeente naar openingstijden en of je een afspraak moet maken.</p>",
            ),
            ("heading", "De waarborgsom voor de kandidatenlijst"),
            (
                "paragraph",
                "<p>Partijen die nu geen zetel in de gemeenteraad hebben, betalen een waarborgsom "
                "voor hun kandidatenlijst. Bij de gemeenteraadsverkiezingen van 2022 was dat € 225 "
                "per lijst, te betalen uiterlijk veertien dagen vóór de dag van kandidaatstelling. "
                "Het betalingsbewijs lever je in bij de kandidatenlijst.</p>"
                "<p>Je krijgt de waarborgsom terug als je lijst ten minste 75 procent van de "
                "kiesdeler haalt. Partijen die al in de raad zitten, betalen geen waarborgsom. Voor "
                "samengevoegde namen en fusies gelden aparte regels; vraag die na bij de gemeente "
                "of kijk op de website van de Kiesraad.</p>",
            ),
            (
                "steps",
                {
                    "title": "De dag van kandidaatstelling in zes stappen",
                    "steps": [
                        {
                            "title": "Verzamel alle stukken",
                            "text": "<p>Maak de kandidatenlijst op met de officiële modellen of de "
                            "software die de Kiesraad voor partijen beschikbaar stelt. Verzamel de "
                            "instemmingsverklaringen, kopieën van identiteitsbewijzen, verklaringen "
                            "van voorgenomen vestiging, de machtiging om de aanduiding te gebruiken, "
                            "ondersteuningsverklaringen en het bewijs van betaling van de "
                            "waarborgsom.</p>",
                        },
                        {
                            "title": "Laat de stukken vooraf controleren",
                            "text": "<p>Veel gemeenten bieden in de weken ervoor een voorcontrole "
                            "aan. Maak daar gebruik van: fouten in namen of ontbrekende "
                            "handtekeningen zijn dan nog eenvoudig te herstellen.</p>",
                        },
                        {
                            "title": "Lever de lijst persoonlijk in",
                            "text": "<p>Iemand die in de gemeente kiesgerechtigd is, levert de "
                            "kandidatenlijst met alle bijlagen in bij het centraal stembureau, "
                            "binnen de tijden die de gemeente bekendmaakt. Maak vooraf een "
                            "afspraak en neem een kopie van alles mee.</p>",
                        },
                        {
                            "title": "Herstel eventuele verzuimen",
                            "text": "<p>Het centraal stembureau onderzoekt de lijsten. Ontbreekt er "
                            "iets wat hersteld mag worden, dan krijg je bericht en een korte termijn "
                            "om het verzuim te herstellen. Zorg dat de inleveraar en de gemachtigde "
                            "in die dagen bereikbaar zijn.</p>",
                        },
                        {
                            "title": "Volg de zitting over geldigheid en nummering",
                            "text": "<p>In een openbare zitting beslist het centraal stembureau "
                            "over de geldigheid van de lijsten en de kandidaten en over de "
                            "nummering. In de regel krijgen partijen die bij de vorige verkiezing "
                            "zetels haalden een nummer op volgorde van hun stemmenaantal en "
                            "worden de andere lijsten genummerd door loting.</p>",
                        },
                        {
                            "title": "Communiceer de definitieve lijst",
                            "text": "<p>Pas als de lijst geldig is verklaard, maak je de "
                            "definitieve volgorde en het lijstnummer bekend in je campagne. Houd er "
                            "rekening mee dat tegen besluiten van het centraal stembureau beroep "
                            "mogelijk is.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Lijstcombinatie of gezamenlijke lijst?"),
            (
                "paragraph",
                "<p>Lokale partijen vragen regelmatig of ze een lijstcombinatie, ook wel "
                "lijstverbinding genoemd, kunnen aangaan om meer kans te maken op een restzetel. "
                "Die mogelijkheid is in 2017 uit de Kieswet geschrapt, ook voor de "
                "gemeenteraadsverkiezingen. Twee partijen kunnen hun lijsten dus niet meer "
                "technisch aan elkaar koppelen.</p>"
                "<p>Wat wel kan, is samen één gezamenlijke lijst indienen onder een combinatie van "
                "de geregistreerde namen van beide partijen, of samengaan in een nieuwe vereniging. "
                "Beide routes vragen besluiten van de leden en goede afspraken over kandidaten, "
                "programma en geld. Bespreek de formele voorwaarden ruim voor de registratietermijn "
                "met het centraal stembureau, en lees meer in de gids over fusies.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Te laat is te laat",
                    "text": "<p>Termijnen uit de Kieswet zijn hard. Een registratieverzoek dat "
                    "te laat binnenkomt, een waarborgsom die niet op tijd is betaald of een lijst "
                    "die na sluitingstijd wordt aangeboden, kun je niet meer herstellen. Zet alle "
                    "data direct na de bekendmaking in de partijagenda en werk met een ruime "
                    "marge.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": "Bij de voorcontrole bleek dat twee kandidaten hun voorletters anders "
                    "hadden ingevuld dan in hun paspoort. Twee weken later had dat ons de lijst "
                    "kunnen kosten.",
                    "name": "Jeroen (fictief voorbeeld)",
                    "role": "Gemachtigde en penningmeester",
                    "party": "Dorpsbelangen Voorbeeldrecht",
                },
            ),
            (
                "checklist",
                {
                    "title": "Inleverset voor de dag van kandidaatstelling",
                    "items": [
                        "Kandidatenlijst, opgemaakt volgens het officiële model",
                        "Instemmingsverklaring van elke kandidaat",
                        "Kopie van een geldig identiteitsbewijs van kandidaten die nog niet in de raad zitten",
                        "Verklaring van voorgenomen vestiging van kandidaten die buiten de gemeente wonen",
                        "Machtiging van de gemachtigde om de geregistreerde aanduiding boven de lijst te plaatsen",
                        "Voldoende ondersteuningsverklaringen, als de partij nu geen zetel heeft",
                        "Bewijs van betaling van de waarborgsom, als die verschuldigd is",
                        "Kopie van alle stukken voor het eigen archief",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Wat gebeurt er als we de registratie van de aanduiding missen?",
                        "answer": "<p>Dan kun je bij die verkiezing alleen meedoen met een blanco "
                        "lijst: kiezers zien een lijstnummer en de namen van de kandidaten, maar "
                        "geen partijnaam. Je hebt dan ook ondersteuningsverklaringen nodig. Het "
                        "registratieverzoek geldt in dat geval pas voor de volgende "
                        "verkiezingen.</p>",
                    },
                    {
                        "question": "Hebben we ondersteuningsverklaringen nodig als we al in de raad zitten?",
                        "answer": "<p>Nee. Een partij die bij de vorige gemeenteraadsverkiezing "
                        "een of meer zetels haalde en met haar geregistreerde naam meedoet, hoeft "
                        "geen ondersteuningsverklaringen in te leveren en geen waarborgsom te "
                        "betalen.</p>",
                    },
                    {
                        "question": "Wie mag de kandidatenlijst inleveren?",
                        "answer": "<p>Iedereen die kiesgerechtigd is voor de gemeenteraad van die "
                        "gemeente. Wil je de geregistreerde naam boven de lijst, dan moet de "
                        "gemachtigde van de partij de inleveraar daarvoor schriftelijk "
                        "machtigen.</p>",
                    },
                    {
                        "question": "Krijgen we de waarborgsom terug?",
                        "answer": "<p>Ja, als je lijst ten minste 75 procent van de kiesdeler "
                        "haalt. De kiesdeler is het aantal geldige stemmen gedeeld door het aantal "
                        "zetels. Haal je die grens niet, dan vervalt de waarborgsom.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "candidate-nomination-registration-deadlines",
            "title": "Registration, support declarations and nomination day",
            "summary": (
                "The formal side of standing in municipal elections: registering the party name, "
                "support declarations, the deposit, list combinations and submitting the candidate "
                "list to the central electoral committee."
            ),
            "tags": [
                "candidate nomination",
                "central electoral committee",
                "support declarations",
                "deposit",
                "elections act",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Anyone who wants to stand in municipal elections has to deal with the "
                    "Elections Act (Kieswet) and the municipality's central electoral committee "
                    "(centraal stembureau). That committee registers party names, receives the "
                    "candidate lists and decides whether they are valid. The rules are strict and "
                    "the deadlines are firm: a missed date cannot be put right.</p>"
                    "<p>This guide lists the formal steps. The amounts and deadlines mentioned "
                    "applied at recent municipal elections. Rules can change, so always check "
                    "current dates and amounts in the Electoral Council's (Kiesraad) election "
                    "calendar and with your own municipality.</p>",
                ),
                ("heading", "Registering the party name"),
                (
                    "paragraph",
                    "<p>The name shown above your candidate list and on the ballot paper is "
                    "called the designation (aanduiding) in the Elections Act. You have it "
                    "registered with your municipality's central electoral committee. A "
                    "registration remains valid as long as the party submits a valid candidate "
                    "list at the next election. For a new party, or after a change of name or a "
                    "merger, registration is therefore the first formal step.</p>"
                    "<p>To have a name registered, a number of conditions must be met:</p>"
                    "<ul>"
                    "<li>The party is an association with full legal capacity: its statutes have "
                    "been laid down in a notarial deed.</li>"
                    "<li>The association is entered in the Chamber of Commerce's trade "
                    "register.</li>"
                    "<li>The request is submitted by the board members authorised to represent "
                    "the association, naming an authorised agent and a deputy agent.</li>"
                    "<li>The party pays a deposit for the registration; at the 2022 municipal "
                    "elections it was €112.50.</li>"
                    "<li>The name is not misleading, does not (largely) resemble a name already "
                    "registered, is not contrary to public order and has no more than 35 letters "
                    "or other characters.</li>"
                    "</ul>"
                    "<p>The registration request must be received no later than the 42nd day "
                    "before nomination day. For municipal elections in March, that date falls in "
                    "December of the previous year. A later request only counts for the following "
                    "elections. Without a registered name you can still stand, but with a blank "
                    "list: only a number appears above your list, with no party name.</p>",
                ),
                ("heading", "Timeline towards election day"),
                (
                    "table",
                    {
                        "caption": "Candidate nomination timeline for municipal elections "
                        "(indicative; current dates in the Electoral Council's election calendar)",
                        "header": ["When", "What needs to happen", "Legal or own planning"],
                        "rows": [
                            [
                                "Eighteen months to two years ahead",
                                "Adopt nomination rules, scout talent",
                                "Own planning",
                            ],
                            [
                                "About a year ahead",
                                "Candidate committee at work: profile, open call, interviews and "
                                "screening",
                                "Own planning",
                            ],
                            [
                                "Autumn before the elections",
                                "Members' meeting chooses the lead candidate and adopts the "
                                "candidate list",
                                "Own planning, in line with the statutes",
                            ],
                            [
                                "No later than the 42nd day before nomination day",
                                "Request to register the party name received by the central "
                                "electoral committee",
                                "Legal",
                            ],
                            [
                                "No later than 14 days before nomination day",
                                "Deposit paid (parties without a council seat)",
                                "Legal",
                            ],
                            [
                                "About two weeks before, up to and including nomination day",
                                "Voters make support declarations at the town hall",
                                "Legal",
                            ],
                            [
                                "Nomination day, just over six weeks before election day",
                                "Submit the candidate list with all documents to the central "
                                "electoral committee",
                                "Legal",
                            ],
                            [
                                "The days that follow",
                                "Examination of the lists, correction of omissions, public "
                                "session on validity and numbering",
                                "Legal",
                            ],
                        ],
                    },
                ),
                (
                    "document",
                    {
                        "key": "kandidaatstelling-tijdlijn",
                        "title": "Candidate nomination timeline and checklist",
                        "description": "Fill-in schedule from the first scouting to the central "
                        "electoral committee's session, with room to enter the current dates from "
                        "the Electoral Council and your municipality.",
                    },
                ),
                ("heading", "Support declarations for new parties"),
                (
                    "paragraph",
                    "<p>A party standing for the first time, one that won no seat at the previous "
                    "election or one standing with a blank list must submit support declarations "
                    "(ondersteuningsverklaringen) with its candidate list. With them, voters show "
                    "there is support for the party taking part. How many declarations you need "
                    "depends on the number of seats on the council; your municipality and the "
                    "Electoral Council state the exact number.</p>"
                    "<p>A voter signs the declaration in person at the town hall, in the presence "
                    "of an official and after showing proof of identity. This is only possible "
                    "during a short period before and on nomination day. The voter must be "
                    "entitled to vote in the municipality, may sign for one list only and cannot "
                    "withdraw a declaration. The signed forms go back to the party, which submits "
                    "them with the list.</p>"
                    "<p>Collect well over the minimum, because a declaration may turn out to be "
                    "invalid. Schedule volunteers to accompany supporters, and ask the "
                    "municipality about opening hours and whether an appointment is needed.</p>",
                ),
                ("heading", "The deposit for the candidate list"),
                (
                    "paragraph",
                    "<p>Parties that currently hold no seat on the municipal council pay a "
                    "deposit for their candidate list. At the 2022 municipal elections it was "
                    "€225 per list, payable no later than fourteen days before nomination day. "
                    "You submit the proof of payment with the candidate list.</p>"
                    "<p>You get the deposit back if your list wins at least 75 percent of the "
                    "electoral quota. Parties already on the council pay no deposit. Separate "
                    "rules apply to combined names and mergers; check them with the municipality "
                    "or on the Electoral Council's website.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Nomination day in six steps",
                        "steps": [
                            {
                                "title": "Gather all documents",
                                "text": "<p>Draw up the candidate list using the official "
                                "models or the software the Electoral Council provides for "
                                "parties. Collect the declarations of consent, copies of identity "
                                "documents, declarations of intent to settle, the authorisation to "
                                "use the party name, support declarations and proof of payment of "
                                "the deposit.</p>",
                            },
                            {
                                "title": "Have the documents checked in advance",
                                "text": "<p>Many municipalities offer a pre-check in the weeks "
                                "before. Use it: errors in names or missing signatures are still "
                                "easy to fix at that stage.</p>",
                            },
                            {
                                "title": "Submit the list in person",
                                "text": "<p>Someone entitled to vote in the municipality submits "
                                "the candidate list with all attachments to the central electoral "
                                "committee, within the hours the municipality announces. Make an "
                                "appointment beforehand and bring a copy of everything.</p>",
                            },
                            {
                                "title": "Correct any omissions",
                                "text": "<p>The central electoral committee examines the lists. If "
                                "something is missing that may be corrected, you are notified and "
                                "given a short period to put it right. Make sure the person who "
                                "submitted the list and the authorised agent are reachable in "
                                "those days.</p>",
                            },
                            {
                                "title": "Follow the session on validity and numbering",
                                "text": "<p>In a public session the central electoral committee "
                                "decides on the validity of the lists and candidates and on the "
                                "numbering. As a rule, parties that won seats at the previous "
                                "election are numbered in order of their vote totals and the other "
                                "lists are numbered by lot.</p>",
                            },
                            {
                                "title": "Announce the final list",
                                "text": "<p>Only once the list has been declared valid do you "
                                "announce the final order and list number in your campaign. Bear "
                                "in mind that decisions of the central electoral committee can be "
                                "appealed.</p>",
                            },
                        ],
                    },
                ),
                ("heading", "List combination or joint list?"),
                (
                    "paragraph",
                    "<p>Local parties regularly ask whether they can form a list combination, "
                    "also called a list alliance, to improve their chances of a residual seat. "
                    "That option was removed from the Elections Act in 2017, for municipal "
                    "elections too. So two parties can no longer technically link their "
                    "lists.</p>"
                    "<p>What is possible is submitting one joint list under a combination of both "
                    "parties' registered names, or merging into a new association. Both routes "
                    "require decisions by the members and clear agreements on candidates, "
                    "programme and money. Discuss the formal conditions with the central "
                    "electoral committee well before the registration deadline, and read more in "
                    "the guide on party mergers.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Too late is too late",
                        "text": "<p>Deadlines in the Elections Act are firm. A registration "
                        "request that arrives late, a deposit not paid on time or a list offered "
                        "after closing time cannot be put right. Put all dates in the party "
                        "calendar as soon as they are announced and work with a generous "
                        "margin.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": "The pre-check showed that two candidates had filled in their "
                        "initials differently from their passports. Two weeks later that could "
                        "have cost us the list.",
                        "name": "Jeroen (fictional example)",
                        "role": "Authorised agent and treasurer",
                        "party": "Dorpsbelangen Voorbeeldrecht",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Submission pack for nomination day",
                        "items": [
                            "Candidate list, drawn up according to the official model",
                            "Declaration of consent from every candidate",
                            "Copy of a valid identity document for candidates not yet on the council",
                            "Declaration of intent to settle for candidates living outside the municipality",
                            "Authorisation from the agent to place the registered name above the list",
                            "Enough support declarations, if the party currently holds no seat",
                            "Proof of payment of the deposit, if one is due",
                            "Copies of all documents for your own records",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "What happens if we miss the deadline for registering our name?",
                            "answer": "<p>Then at that election you can only stand with a blank "
                            "list: voters see a list number and the candidates' names, but no party "
                            "name. You will also need support declarations. In that case the "
                            "registration request only applies to the following elections.</p>",
                        },
                        {
                            "question": "Do we need support declarations if we already have council seats?",
                            "answer": "<p>No. A party that won one or more seats at the previous "
                            "municipal election and stands under its registered name does not "
                            "need to submit support declarations or pay a deposit.</p>",
                        },
                        {
                            "question": "Who may submit the candidate list?",
                            "answer": "<p>Anyone entitled to vote for the council of that "
                            "municipality. If you want the registered name above the list, the "
                            "party's authorised agent must authorise the person submitting it in "
                            "writing.</p>",
                        },
                        {
                            "question": "Do we get the deposit back?",
                            "answer": "<p>Yes, if your list wins at least 75 percent of the "
                            "electoral quota. The electoral quota is the number of valid votes "
                            "divided by the number of seats. If you fall short of that, the "
                            "deposit is forfeited.</p>",
                        },
                    ],
                ),
            ],
        },
    },
]
