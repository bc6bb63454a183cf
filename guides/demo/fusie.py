"""Demo guides for the topic "fusie" (party mergers)."""

TOPIC = "fusie"

GUIDES = [
    # ------------------------------------------------------------------------------------------
    {
        "slug": "fusie-waarom-en-hoe",
        "title": "Fuseren met een andere lokale partij: waarom en hoe",
        "summary": (
            "Waarom lokale partijen samengaan, welke vormen er zijn, van juridische fusie tot "
            "samenwerking, en hoe u het besluit zorgvuldig met uw leden voorbereidt."
        ),
        "tags": ["fusie", "samengaan", "samenwerking", "ledenvergadering"],
        "related": [
            "fusie-statuten-notaris-financien",
            "fusie-naam-cultuur-samenwerking",
            "kandidaatstelling-registratie-en-inlevering",
        ],
        "body": [
            (
                "paragraph",
                "<p>Twee lokale partijen met vergelijkbare idealen in dezelfde gemeente vissen in "
                "dezelfde vijver: dezelfde kiezers, dezelfde vrijwilligers en dezelfde kandidaten. "
                "Het is dan niet vreemd dat de vraag opkomt of samengaan niet verstandiger is. Een "
                "fusie kan een partij sterker maken, maar het is ook een ingrijpende stap voor leden "
                "die zich met hun eigen partij verbonden voelen. Deze gids helpt u de vraag ‘moeten "
                "we fuseren?’ zorgvuldig te beantwoorden en laat zien welke wegen er zijn.</p>",
            ),
            ("heading", "Waarom partijen fuseren"),
            (
                "paragraph",
                "<p>De redenen om te fuseren zijn in de praktijk vaak een combinatie van:</p>"
                "<ul>"
                "<li><b>Gemeentelijke herindeling</b>: als gemeenten worden samengevoegd, willen "
                "lokale partijen uit de oude gemeenten vaak ook samen verder in de nieuwe "
                "gemeente.</li>"
                "<li><b>Te weinig mensen</b>: een klein bestuur, moeite om kandidaten te vinden of "
                "een fractie die het werk niet meer aankan.</li>"
                "<li><b>Versnippering</b>: meerdere lokale partijen met vergelijkbare standpunten "
                "die elkaars stemmen afsnoepen, terwijl ze samen een grotere fractie zouden "
                "hebben.</li>"
                "<li><b>Invloed</b>: een grotere fractie maakt meer kans op een plaats in het "
                "college en heeft meer menskracht voor het raadswerk.</li>"
                "<li><b>Herstel na een afsplitsing</b>: soms willen een partij en een eerder "
                "afgesplitste groep de breuk weer lijmen.</li>"
                "</ul>"
                "<p>Er zijn ook goede redenen om het niet te doen. Als de partijen inhoudelijk ver "
                "uit elkaar liggen, als de fusie vooral door twee of drie bestuurders wordt gedragen, "
                "of als de verkiezingen al over enkele maanden zijn, is een fusie riskant. Kiezers "
                "zien dan vooral gedoe, en leden haken af.</p>",
            ),
            ("heading", "Welke vormen van samengaan zijn er?"),
            (
                "paragraph",
                "<p>Samengaan kan op verschillende manieren, van licht tot zwaar. Kies de vorm die "
                "past bij wat u wilt bereiken en bij de tijd die u heeft.</p>",
            ),
            (
                "table",
                {
                    "caption": "Vormen van samengaan op een rij",
                    "header": ["Vorm", "Wat houdt het in?", "Let op"],
                    "rows": [
                        [
                            "Juridische fusie: opgaan in de andere partij",
                            "De ene vereniging gaat op in de andere. Leden, bezittingen en schulden "
                            "gaan van rechtswege over.",
                            "Wettelijke procedure uit Boek 2 van het Burgerlijk Wetboek, met een "
                            "notaris",
                        ],
                        [
                            "Juridische fusie tot een nieuwe vereniging",
                            "Beide verenigingen gaan op in een nieuw opgerichte vereniging met "
                            "nieuwe statuten.",
                            "Gelijkwaardig voor beide partijen; een nieuwe naam moet op tijd "
                            "geregistreerd worden",
                        ],
                        [
                            "Nieuwe vereniging oprichten en de oude opheffen",
                            "Leden richten een nieuwe partij op, zeggen hun oude lidmaatschap op en "
                            "de oude verenigingen worden ontbonden.",
                            "Leden gaan niet automatisch over; ieder lid moet zich opnieuw "
                            "aanmelden",
                        ],
                        [
                            "Samenwerking zonder fusie",
                            "Afspraken over gezamenlijke activiteiten, een gezamenlijke campagne of "
                            "nauwe samenwerking in de raad.",
                            "Licht en omkeerbaar, maar minder slagkracht",
                        ],
                        [
                            "Lijstencombinatie",
                            "Vroeger konden partijen hun lijsten verbinden om samen meer kans te "
                            "maken op een restzetel.",
                            "In 2017 afgeschaft; ook bij gemeenteraadsverkiezingen niet meer "
                            "mogelijk",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Zoekt u naar een ‘lijstcombinatie’ of ‘lijstverbinding’ als lichte vorm van "
                "samenwerking: die mogelijkheid bestaat dus niet meer. Wel doen partijen in de "
                "praktijk soms mee met één gezamenlijke kandidatenlijst onder een gecombineerde naam. "
                "Hoe dat precies moet, hangt af van de registratie van de namen; vraag het tijdig na "
                "bij de gemeente of de Kiesraad. In de gids over naam, cultuur en samenwerking leest "
                "u meer over samenwerken zonder te fuseren.</p>",
            ),
            ("heading", "Het besluit: de leden beslissen"),
            (
                "paragraph",
                "<p>Een fusie is nooit alleen een zaak van het bestuur. De algemene ledenvergadering "
                "(ALV) van elke partij moet instemmen, en bij een juridische fusie schrijft de wet "
                "dat ook voor. Betrek de leden daarom vanaf het begin. Een goede volgorde is: eerst "
                "een verkennend gesprek tussen de besturen, dan een ALV waarin de leden toestemming "
                "geven om een fusie te onderzoeken, daarna een gezamenlijke werkgroep en pas aan het "
                "eind de formele besluiten.</p>"
                "<p>Kijk in uw statuten welke meerderheid nodig is. Voor een fusiebesluit geldt in "
                "principe dezelfde meerderheid als voor een statutenwijziging, vaak twee derde van "
                "de uitgebrachte stemmen, tenzij de statuten iets anders regelen. Een krappe "
                "meerderheid is juridisch genoeg, maar politiek een waarschuwing: zorg dat ook de "
                "tegenstemmers zich gehoord voelen.</p>",
            ),
            (
                "steps",
                {
                    "title": "Tijdpad voor een fusie richting de verkiezingen",
                    "steps": [
                        {
                            "title": "Twee jaar voor de verkiezingen: verkennen",
                            "text": "<p>De besturen voeren verkennende gesprekken over inhoud, "
                            "mensen en ambities. Zet de belangrijkste overeenkomsten en verschillen "
                            "op papier.</p>",
                        },
                        {
                            "title": "Anderhalf jaar voor de verkiezingen: mandaat van de leden",
                            "text": "<p>Beide ALV's geven het bestuur het mandaat om een fusie uit "
                            "te werken. Stel een gezamenlijke werkgroep of fusiecommissie in met "
                            "leden van beide partijen.</p>",
                        },
                        {
                            "title": "Daarna enkele maanden: uitwerken",
                            "text": "<p>De werkgroep doet voorstellen over de vorm, de statuten, de "
                            "naam, het bestuur en de financiën. Schakel een notaris in en organiseer "
                            "informatieavonden voor de leden.</p>",
                        },
                        {
                            "title": "Uiterlijk een jaar voor de verkiezingen: besluiten",
                            "text": "<p>De ALV's nemen het fusiebesluit en de notaris legt de fusie "
                            "vast. Zo heeft de nieuwe partij genoeg tijd om haar naam te "
                            "registreren, een programma te schrijven en kandidaten te "
                            "selecteren.</p>",
                        },
                        {
                            "title": "Het laatste jaar: samen campagne voeren",
                            "text": "<p>De gefuseerde partij stelt in haar eigen ALV het "
                            "verkiezingsprogramma en de kandidatenlijst vast en voert campagne onder "
                            "één naam.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "Fuseer niet vlak voor de verkiezingen",
                    "text": "<p>Een nieuwe of gewijzigde partijnaam moet ruim voor de dag van "
                    "kandidaatstelling bij het centraal stembureau geregistreerd zijn, en een "
                    "juridische fusie kent wettelijke termijnen. Begint u pas in het "
                    "verkiezingsjaar, dan loopt u het risico dat u niet op tijd klaar bent. "
                    "Controleer de uiterste data altijd bij uw gemeente.</p>",
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "We waren twee partijen met elk drie zetels en het op negen van de tien "
                        "onderwerpen eens. Toch hebben we bewust een jaar de tijd genomen. Dat jaar "
                        "van samen koffiedrinken, samen flyeren en discussiëren over de naam was "
                        "nodig om er één club van te maken."
                    ),
                    "name": "Hans",
                    "role": "oud-voorzitter",
                    "party": "een gefuseerde lokale partij in Limburg",
                },
            ),
            (
                "checklist",
                {
                    "title": "Bent u klaar voor een fusie?",
                    "items": [
                        "Beide partijen delen de belangrijkste standpunten en waarden",
                        "Er is een duidelijk doel: wat wordt er beter door de fusie?",
                        "Beide ALV's hebben mandaat gegeven om een fusie te onderzoeken",
                        "Er is een gezamenlijke werkgroep met leden van beide partijen",
                        "Er is nog minstens anderhalf jaar tot de verkiezingen",
                        "Er is nagedacht over naam, financiën en de verdeling van bestuursfuncties",
                        "Er is een plan om leden te informeren en te betrekken",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Wat is het verschil tussen fuseren en samenwerken?",
                        "answer": "<p>Bij een fusie worden twee partijen één vereniging, met één "
                        "bestuur, één ledenbestand en één kandidatenlijst. Bij samenwerking blijven "
                        "beide partijen zelfstandig en maken ze afspraken over wat ze samen doen. "
                        "Samenwerking is makkelijker terug te draaien.</p>",
                    },
                    {
                        "question": "Kunnen we nog een lijstencombinatie aangaan?",
                        "answer": "<p>Nee. De mogelijkheid om lijsten te verbinden is in 2017 uit de "
                        "Kieswet geschrapt en bestaat ook bij gemeenteraadsverkiezingen niet meer. "
                        "Wilt u samen meedoen, dan is een fusie of een gezamenlijke lijst de "
                        "weg.</p>",
                    },
                    {
                        "question": "Wat gebeurt er met onze raadsleden als we halverwege de "
                        "raadsperiode fuseren?",
                        "answer": "<p>Raadsleden houden hun zetel, want die is persoonlijk. Hoe de "
                        "fracties in de raad verdergaan, bijvoorbeeld als één fractie onder een "
                        "nieuwe naam, hangt af van het reglement van orde van de raad. Overleg "
                        "daarover met de griffier.</p>",
                    },
                    {
                        "question": "Hoe lang duurt een fusie?",
                        "answer": "<p>Reken vanaf de eerste verkenning tot de notariële akte op "
                        "minstens een half jaar, en in de praktijk vaak een jaar. Alleen de "
                        "wettelijke procedure van een juridische fusie kost al gauw een paar "
                        "maanden.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "party-mergers-why-and-how",
            "title": "Merging with another local party: why and how",
            "summary": (
                "Why local parties merge, which forms a merger can take, from a legal merger to "
                "cooperation, and how to prepare the decision carefully with your members."
            ),
            "tags": ["party mergers", "merging", "cooperation", "members' meeting"],
            "body": [
                (
                    "paragraph",
                    "<p>Two local parties with similar ideals in the same municipality are fishing "
                    "in the same pond: the same voters, the same volunteers and the same "
                    "candidates. So it is hardly surprising when someone asks whether joining "
                    "forces would be wiser. A merger can make a party stronger, but it is also a "
                    "big step for members who feel attached to their own party. This guide helps "
                    "you answer the question ‘should we merge?’ carefully and shows the routes "
                    "available.</p>",
                ),
                ("heading", "Why parties merge"),
                (
                    "paragraph",
                    "<p>In practice, the reasons for merging are often a combination of:</p>"
                    "<ul>"
                    "<li><b>Municipal reorganisation</b>: when municipalities are merged, local "
                    "parties from the old municipalities often want to continue together in the "
                    "new one.</li>"
                    "<li><b>Too few people</b>: a small board, difficulty finding candidates, or a "
                    "council group that can no longer cope with the workload.</li>"
                    "<li><b>Fragmentation</b>: several local parties with similar positions taking "
                    "votes from each other, while together they would form a larger group on the "
                    "council.</li>"
                    "<li><b>Influence</b>: a larger council group stands a better chance of a seat "
                    "on the executive and has more people for council work.</li>"
                    "<li><b>Healing a split</b>: sometimes a party and a group that broke away "
                    "earlier want to mend the rift.</li>"
                    "</ul>"
                    "<p>There are also good reasons not to do it. If the parties are far apart on "
                    "substance, if the merger is driven mainly by two or three board members, or if "
                    "the elections are only a few months away, a merger is risky. Voters then "
                    "mostly see turmoil, and members drop out.</p>",
                ),
                ("heading", "What forms can joining forces take?"),
                (
                    "paragraph",
                    "<p>There are several ways to join forces, from light to far-reaching. Choose "
                    "the form that suits what you want to achieve and the time you have.</p>",
                ),
                (
                    "table",
                    {
                        "caption": "Ways of joining forces at a glance",
                        "header": ["Form", "What does it involve?", "Watch out for"],
                        "rows": [
                            [
                                "Legal merger: absorption into the other party",
                                "One association is absorbed into the other. Members, assets and "
                                "debts transfer automatically by law.",
                                "Statutory procedure under Book 2 of the Dutch Civil Code, with a "
                                "notary",
                            ],
                            [
                                "Legal merger into a new association",
                                "Both associations merge into a newly founded association with new "
                                "articles of association.",
                                "Equal footing for both parties; a new name must be registered in "
                                "time",
                            ],
                            [
                                "Founding a new association and dissolving the old ones",
                                "Members found a new party, cancel their old membership and the "
                                "old associations are dissolved.",
                                "Members do not transfer automatically; each member has to sign up "
                                "again",
                            ],
                            [
                                "Cooperation without merging",
                                "Agreements on joint activities, a joint campaign or close "
                                "cooperation on the council.",
                                "Light and reversible, but less clout",
                            ],
                            [
                                "List combination",
                                "Parties used to be able to link their lists to improve their "
                                "joint chances of a remainder seat.",
                                "Abolished in 2017; no longer possible in municipal elections "
                                "either",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    "<p>If you were looking for a ‘list combination’ (lijstcombinatie or "
                    "lijstverbinding) as a light form of cooperation: that option no longer exists. "
                    "In practice, however, parties sometimes stand with one joint list of "
                    "candidates under a combined name. Exactly how that works depends on how the "
                    "names are registered; ask the municipality or the Electoral Council (Kiesraad) "
                    "in good time. The guide on name, culture and cooperation says more about "
                    "working together without merging.</p>",
                ),
                ("heading", "The decision: members decide"),
                (
                    "paragraph",
                    "<p>A merger is never a matter for the board alone. The general members' "
                    "meeting (ALV) of each party has to agree, and for a legal merger the law "
                    "requires this too. So involve your members from the start. A good sequence "
                    "is: first an exploratory talk between the boards, then a members' meeting in "
                    "which members give permission to investigate a merger, then a joint working "
                    "group, and only at the end the formal decisions.</p>"
                    "<p>Check your articles of association for the majority required. In principle "
                    "a merger decision needs the same majority as an amendment to the articles, "
                    "often two thirds of the votes cast, unless the articles provide otherwise. A "
                    "narrow majority is legally sufficient but a political warning sign: make sure "
                    "those who voted against also feel heard.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Timeline for a merger ahead of the elections",
                        "steps": [
                            {
                                "title": "Two years before the elections: explore",
                                "text": "<p>The boards hold exploratory talks about policy, people "
                                "and ambitions. Write down the main similarities and "
                                "differences.</p>",
                            },
                            {
                                "title": "Eighteen months before the elections: a mandate from the "
                                "members",
                                "text": "<p>Both members' meetings give the board a mandate to work "
                                "out a merger. Set up a joint working group or merger committee "
                                "with members from both parties.</p>",
                            },
                            {
                                "title": "The following months: work it out",
                                "text": "<p>The working group makes proposals on the form, the "
                                "articles of association, the name, the board and the finances. "
                                "Bring in a notary and hold information evenings for members.</p>",
                            },
                            {
                                "title": "No later than a year before the elections: decide",
                                "text": "<p>The members' meetings adopt the merger decision and the "
                                "notary records the merger. That leaves the new party enough time "
                                "to register its name, write a manifesto and select "
                                "candidates.</p>",
                            },
                            {
                                "title": "The final year: campaign together",
                                "text": "<p>The merged party adopts its election manifesto and list "
                                "of candidates at its own members' meeting and campaigns under one "
                                "name.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Don't merge just before the elections",
                        "text": "<p>A new or changed party name must be registered with the "
                        "central electoral committee (centraal stembureau) well before nomination "
                        "day, and a legal merger involves statutory time limits. If you only start "
                        "in the election year, you risk not being ready in time. Always check the "
                        "deadlines with your municipality.</p>",
                    },
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "We were two parties with three seats each and agreed on nine out of "
                            "ten issues. Even so, we deliberately took a year. That year of coffee "
                            "together, handing out flyers together and arguing about the name was "
                            "what it took to become one club."
                        ),
                        "name": "Hans",
                        "role": "former chair",
                        "party": "a merged local party in Limburg",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Are you ready for a merger?",
                        "items": [
                            "Both parties share their main positions and values",
                            "There is a clear goal: what will the merger improve?",
                            "Both members' meetings have given a mandate to investigate a merger",
                            "There is a joint working group with members from both parties",
                            "There are at least eighteen months to go until the elections",
                            "Thought has been given to the name, finances and the division of board "
                            "positions",
                            "There is a plan to inform and involve members",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "What is the difference between merging and cooperating?",
                            "answer": "<p>In a merger, two parties become one association, with "
                            "one board, one membership and one list of candidates. When "
                            "cooperating, both parties stay independent and agree on what they do "
                            "together. Cooperation is easier to reverse.</p>",
                        },
                        {
                            "question": "Can we still form a list combination?",
                            "answer": "<p>No. The option of linking lists was removed from the "
                            "Elections Act (Kieswet) in 2017 and no longer exists for municipal "
                            "elections either. If you want to stand together, a merger or a joint "
                            "list is the way to go.</p>",
                        },
                        {
                            "question": "What happens to our councillors if we merge halfway "
                            "through the council term?",
                            "answer": "<p>Councillors keep their seats, because a seat is personal. "
                            "How the groups on the council continue, for example as one group "
                            "under a new name, depends on the council's rules of procedure. Discuss "
                            "this with the council clerk.</p>",
                        },
                        {
                            "question": "How long does a merger take?",
                            "answer": "<p>From the first exploration to the notarial deed, allow at "
                            "least six months, and in practice often a year. The statutory "
                            "procedure for a legal merger alone easily takes a couple of "
                            "months.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "fusie-statuten-notaris-financien",
        "title": "Fuseren in de praktijk: statuten, notaris, ALV en financiën",
        "summary": (
            "De juridische en financiële kant van een fusie tussen lokale partijen: de wettelijke "
            "fusieprocedure, nieuwe statuten, de rol van de notaris en het samenvoegen van kas, "
            "leden en administratie."
        ),
        "tags": ["fusie", "statuten", "notaris", "financiën", "alv"],
        "related": [
            "fusie-waarom-en-hoe",
            "fusie-naam-cultuur-samenwerking",
            "fondsenwerving-basis",
        ],
        "body": [
            (
                "paragraph",
                "<p>Zijn de leden van beide partijen enthousiast over samengaan, dan begint het "
                "praktische werk. Een fusie tussen twee verenigingen is juridisch goed te regelen, "
                "maar het vraagt precisie: een vergeten stap kan betekenen dat u opnieuw moet "
                "beginnen. In deze gids leest u hoe de wettelijke fusieprocedure werkt, wat de "
                "notaris doet, welke besluiten de ledenvergadering neemt en hoe u de financiën en "
                "de administratie samenvoegt.</p>"
                "<p>De procedure die hier staat beschreven, geldt voor verenigingen met volledige "
                "rechtsbevoegdheid, dus met statuten die bij de notaris zijn vastgelegd. Een partij "
                "die haar naam laat registreren voor de verkiezingen, moet zo'n vereniging zijn, "
                "dus voor de meeste lokale partijen is dat geregeld. Heeft een van de partijen geen "
                "notariële statuten, overleg dan met de notaris over de beste route.</p>",
            ),
            ("heading", "De juridische fusie stap voor stap"),
            (
                "paragraph",
                "<p>De wet (Boek 2 van het Burgerlijk Wetboek) kent een vaste procedure voor een "
                "juridische fusie. Het voordeel is dat leden, bezittingen, schulden en contracten in "
                "één keer overgaan naar de verkrijgende vereniging. De notaris begeleidt het hele "
                "traject, maar de besturen moeten de besluiten zelf voorbereiden. In grote lijnen "
                "gaat het zo:</p>",
            ),
            (
                "steps",
                {
                    "title": "De wettelijke fusieprocedure",
                    "steps": [
                        {
                            "title": "Fusievoorstel opstellen",
                            "text": "<p>De besturen van beide partijen stellen samen een "
                            "fusievoorstel op, met onder meer de namen van de verenigingen, de "
                            "statuten van de verkrijgende of de nieuw op te richten vereniging en "
                            "de beoogde samenstelling van het bestuur na de fusie. Alle bestuurders "
                            "ondertekenen het voorstel.</p>",
                        },
                        {
                            "title": "Toelichting schrijven",
                            "text": "<p>Elk bestuur schrijft een toelichting met de redenen voor de "
                            "fusie en de verwachte gevolgen. Dit is ook een goed stuk om met de "
                            "leden te delen.</p>",
                        },
                        {
                            "title": "Neerleggen en aankondigen",
                            "text": "<p>Het fusievoorstel wordt neergelegd bij het handelsregister "
                            "van de Kamer van Koophandel (KVK) en ter inzage gelegd bij de "
                            "verenigingen. De neerlegging wordt aangekondigd in een landelijk "
                            "verspreid dagblad. Meestal regelt de notaris dit.</p>",
                        },
                        {
                            "title": "Een maand wachten",
                            "text": "<p>Na de aankondiging hebben schuldeisers een maand om verzet "
                            "te doen. Pas daarna mag de ledenvergadering het fusiebesluit "
                            "nemen.</p>",
                        },
                        {
                            "title": "Fusiebesluit in de ALV",
                            "text": "<p>De ALV van elke partij besluit over de fusie. Het besluit "
                            "mag niet afwijken van het neergelegde voorstel; wilt u iets veranderen, "
                            "dan begint de procedure opnieuw. Let op de oproepingstermijn en de "
                            "meerderheid uit uw statuten.</p>",
                        },
                        {
                            "title": "Notariële akte",
                            "text": "<p>De notaris legt de fusie vast in een akte. Dat moet "
                            "gebeuren binnen zes maanden na de aankondiging. De fusie gaat in op de "
                            "dag na het passeren van de akte.</p>",
                        },
                        {
                            "title": "Inschrijven en afronden",
                            "text": "<p>De fusie wordt ingeschreven in het handelsregister. Daarna "
                            "regelt het nieuwe bestuur de praktische zaken, zoals bankrekeningen, "
                            "abonnementen en de registratie van de partijnaam.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Schakel de notaris vroeg in",
                    "text": "<p>Vraag al in de verkenningsfase een offerte bij een notaris en laat "
                    "uitleggen welke route het beste past: een juridische fusie, of het oprichten van "
                    "een nieuwe vereniging en het opheffen van de oude. De kosten verschillen per "
                    "notaris en per route, dus vergelijk. Neem ze op in de begroting van het "
                    "fusietraject.</p>",
                },
            ),
            ("heading", "De nieuwe statuten"),
            (
                "paragraph",
                "<p>Bij een fusie tot een nieuwe vereniging schrijft u nieuwe statuten. Gaat de ene "
                "partij op in de andere, dan past u vaak de statuten van die andere partij aan. Grijp "
                "de gelegenheid aan om ze kritisch te bekijken. Onderwerpen die bij fuserende "
                "partijen vaak gevoelig liggen:</p>"
                "<ul>"
                "<li>de naam en het doel van de vereniging;</li>"
                "<li>de samenstelling van het bestuur, bijvoorbeeld een overgangsperiode waarin "
                "beide partijen evenveel bestuursleden leveren;</li>"
                "<li>de manier waarop de kandidatenlijst tot stand komt en wie daarover "
                "beslist;</li>"
                "<li>de verhouding tussen bestuur en fractie;</li>"
                "<li>de contributie en eventuele afdrachten van raadsleden;</li>"
                "<li>wat er met het vermogen gebeurt als de vereniging ooit wordt ontbonden.</li>"
                "</ul>"
                "<p>Leg praktische afspraken die vaker veranderen, zoals de precieze werkwijze van "
                "de kandidatencommissie, liever vast in een huishoudelijk reglement dan in de "
                "statuten. Dat kan de ALV later makkelijker aanpassen, zonder tussenkomst van de "
                "notaris.</p>",
            ),
            (
                "document",
                {
                    "key": "fusie-stappenplan",
                    "title": "Stappenplan en planning voor een fusie",
                    "description": (
                        "Een overzicht van alle stappen bij een fusie tussen twee lokale partijen, "
                        "met een invulbare planning van de eerste verkenning tot de notariële akte "
                        "en de registratie van de partijnaam."
                    ),
                },
            ),
            ("heading", "Financiën samenvoegen"),
            (
                "paragraph",
                "<p>Geld is bij een fusie zelden het grootste probleem, maar wel een bron van "
                "wantrouwen als het niet goed geregeld is. Begin daarom met openheid: beide "
                "penningmeesters leggen de laatste jaarrekening, het actuele banksaldo, lopende "
                "verplichtingen en eventuele schulden op tafel. Laat de kascommissies van beide "
                "partijen de cijfers controleren voordat de ALV's besluiten.</p>"
                "<p>Maak daarnaast afspraken over:</p>"
                "<ul>"
                "<li><b>Bankrekeningen</b>: welke rekening blijft bestaan of welke nieuwe rekening u "
                "opent, en wie er tekenbevoegd is. Het openen van een nieuwe zakelijke rekening kan "
                "even duren.</li>"
                "<li><b>Contributie</b>: hoe u twee verschillende contributiebedragen gelijktrekt, "
                "en wat er gebeurt met contributie die al voor het lopende jaar is betaald.</li>"
                "<li><b>Reserves voor de campagne</b>: hoeveel geld er is voor de volgende "
                "verkiezingen en hoe u de reserves van beide partijen inzet.</li>"
                "<li><b>Lopende contracten</b>: huur van een ruimte, drukwerk, de website, "
                "domeinnamen en sociale-media-accounts.</li>"
                "<li><b>Giften en afdrachten</b>: hoe u omgaat met toezeggingen van donateurs en "
                "met afdrachten van raadsleden.</li>"
                "</ul>"
                "<p>Houd de financiën van de partij gescheiden van de fractieondersteuning die de "
                "gemeente aan fracties in de raad geeft. Voor dat geld gelden de regels van de "
                "gemeente.</p>",
            ),
            ("heading", "Leden en administratie"),
            (
                "paragraph",
                "<p>Bij een juridische fusie worden de leden van de verdwijnende vereniging van "
                "rechtswege lid van de verkrijgende vereniging. Informeer ze ruim van tevoren, zodat "
                "wie dat niet wil, tijdig kan opzeggen. Kiest u voor een nieuwe vereniging en het "
                "opheffen van de oude, dan gaan de leden niet vanzelf mee. Ieder lid moet zich dan "
                "zelf aanmelden, en u mag de ledenlijst niet zomaar aan de nieuwe vereniging "
                "doorgeven. Vraag leden actief om over te stappen; dat is meteen een goede test van "
                "het draagvlak.</p>"
                "<p>Voeg de ledenadministraties pas samen als de fusie rond is. Haal dubbele leden "
                "eruit, leg vast wie de administratie beheert en pas de privacyverklaring aan de "
                "nieuwe situatie aan.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Onze penningmeesters hebben op één avond samen alle cijfers doorgenomen, "
                        "van de kas tot de laatste rekening van de drukker. Daarna was geld geen "
                        "onderwerp meer in de fusiegesprekken."
                    ),
                    "name": "Sandra",
                    "role": "penningmeester",
                    "party": "een lokale partij in Friesland",
                },
            ),
            (
                "checklist",
                {
                    "title": "Checklist juridisch en financieel",
                    "items": [
                        "Notaris gekozen en route bepaald: juridische fusie of nieuwe vereniging",
                        "Fusievoorstel en toelichting opgesteld en door alle bestuurders getekend",
                        "Voorstel neergelegd bij de KVK en aangekondigd in een landelijk dagblad",
                        "ALV's bijeengeroepen met de juiste termijn en alle stukken",
                        "Jaarrekeningen door beide kascommissies gecontroleerd",
                        "Afspraken over bankrekening, contributie en lopende contracten vastgelegd",
                        "Leden geïnformeerd over wat de fusie voor hun lidmaatschap betekent",
                        "Registratie of wijziging van de partijnaam op tijd aangevraagd",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Moet de partijnaam na een fusie opnieuw geregistreerd worden?",
                        "answer": "<p>Dat hangt af van de route. Gaat de ene partij op in de andere "
                        "en blijft de naam gelijk, dan verandert er voor de registratie mogelijk "
                        "weinig. Kiest u een nieuwe naam of een nieuwe vereniging, dan moet die naam "
                        "op tijd bij het centraal stembureau geregistreerd worden. Vraag bij de "
                        "gemeente wat in uw situatie nodig is, wat de uiterste datum is en of u "
                        "ondersteuningsverklaringen en een waarborgsom nodig heeft.</p>",
                    },
                    {
                        "question": "Kan een fusie worden teruggedraaid?",
                        "answer": "<p>In principe niet. Na het passeren van de notariële akte is "
                        "een juridische fusie een feit. Twijfelt u, kies dan eerst voor een periode "
                        "van samenwerking.</p>",
                    },
                    {
                        "question": "Wie vormt het bestuur van de gefuseerde partij?",
                        "answer": "<p>Dat staat in het fusievoorstel. Veel partijen kiezen voor een "
                        "overgangsbestuur met mensen uit beide partijen, dat na een jaar plaatsmaakt "
                        "voor een bestuur dat de ALV van de nieuwe partij kiest.</p>",
                    },
                    {
                        "question": "Wat kost een fusie?",
                        "answer": "<p>De grootste posten zijn meestal de notaris, de aankondiging in "
                        "een landelijk dagblad en eventueel een nieuwe huisstijl. De bedragen "
                        "verschillen sterk; vraag vooraf offertes op en maak een begroting voor het "
                        "hele traject.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "party-mergers-articles-notary-finances",
            "title": "Merging in practice: articles of association, notary, members' meeting and "
            "finances",
            "summary": (
                "The legal and financial side of a merger between local parties: the statutory "
                "merger procedure, new articles of association, the notary's role and combining "
                "funds, members and records."
            ),
            "tags": [
                "party mergers",
                "articles of association",
                "notary",
                "finances",
                "members' meeting",
            ],
            "body": [
                (
                    "paragraph",
                    "<p>Once the members of both parties are keen to join forces, the practical "
                    "work begins. A merger between two associations is legally straightforward, but "
                    "it requires precision: a forgotten step can mean starting over. This guide "
                    "explains how the statutory merger procedure works, what the notary does, which "
                    "decisions the members' meeting takes and how to combine finances and "
                    "records.</p>"
                    "<p>The procedure described here applies to associations with full legal "
                    "capacity, meaning their articles of association were executed before a notary. "
                    "A party that registers its name for elections must be such an association, so "
                    "for most local parties this is already in place. If one of the parties has no "
                    "notarial articles, ask the notary about the best route.</p>",
                ),
                ("heading", "The legal merger step by step"),
                (
                    "paragraph",
                    "<p>The law (Book 2 of the Dutch Civil Code) lays down a fixed procedure for a "
                    "legal merger. The advantage is that members, assets, debts and contracts pass "
                    "to the acquiring association in one go. The notary guides the whole process, "
                    "but the boards have to prepare the decisions themselves. In broad outline it "
                    "works like this:</p>",
                ),
                (
                    "steps",
                    {
                        "title": "The statutory merger procedure",
                        "steps": [
                            {
                                "title": "Draw up a merger proposal",
                                "text": "<p>The boards of both parties jointly draw up a merger "
                                "proposal, stating among other things the names of the "
                                "associations, the articles of the acquiring or newly founded "
                                "association and the intended composition of the board after the "
                                "merger. All board members sign the proposal.</p>",
                            },
                            {
                                "title": "Write an explanatory note",
                                "text": "<p>Each board writes an explanatory note setting out the "
                                "reasons for the merger and its expected consequences. This is also "
                                "a good document to share with members.</p>",
                            },
                            {
                                "title": "File and announce",
                                "text": "<p>The merger proposal is filed with the trade register of "
                                "the Chamber of Commerce (KVK) and made available for inspection at "
                                "the associations. The filing is announced in a national daily "
                                "newspaper. The notary usually arranges this.</p>",
                            },
                            {
                                "title": "Wait one month",
                                "text": "<p>After the announcement, creditors have one month to "
                                "lodge an objection. Only then may the members' meeting adopt the "
                                "merger decision.</p>",
                            },
                            {
                                "title": "Merger decision at the members' meeting",
                                "text": "<p>The members' meeting of each party decides on the "
                                "merger. The decision may not depart from the filed proposal; if "
                                "you want to change anything, the procedure starts again. Mind the "
                                "notice period and the majority set out in your articles.</p>",
                            },
                            {
                                "title": "Notarial deed",
                                "text": "<p>The notary records the merger in a deed. This must "
                                "happen within six months of the announcement. The merger takes "
                                "effect on the day after the deed is executed.</p>",
                            },
                            {
                                "title": "Register and wrap up",
                                "text": "<p>The merger is entered in the trade register. The new "
                                "board then sorts out the practicalities, such as bank accounts, "
                                "subscriptions and the registration of the party name.</p>",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Bring in the notary early",
                        "text": "<p>Ask a notary for a quote during the exploratory phase and have "
                        "them explain which route suits you best: a legal merger, or founding a "
                        "new association and dissolving the old ones. Costs vary by notary and by "
                        "route, so compare. Include them in the budget for the merger "
                        "process.</p>",
                    },
                ),
                ("heading", "The new articles of association"),
                (
                    "paragraph",
                    "<p>When merging into a new association, you write new articles of association. "
                    "If one party is absorbed into the other, you will often amend the other "
                    "party's articles. Use the opportunity to review them critically. Topics that "
                    "are often sensitive for merging parties:</p>"
                    "<ul>"
                    "<li>the name and purpose of the association;</li>"
                    "<li>the composition of the board, for example a transition period in which "
                    "both parties supply the same number of board members;</li>"
                    "<li>how the list of candidates is drawn up and who decides on it;</li>"
                    "<li>the relationship between the board and the council group;</li>"
                    "<li>membership fees and any contributions from councillors;</li>"
                    "<li>what happens to the assets if the association is ever dissolved.</li>"
                    "</ul>"
                    "<p>Practical arrangements that change more often, such as the exact working "
                    "method of the candidate committee, are better placed in internal rules "
                    "(huishoudelijk reglement) than in the articles. The members' meeting can amend "
                    "those more easily later, without involving the notary.</p>",
                ),
                (
                    "document",
                    {
                        "key": "fusie-stappenplan",
                        "title": "Step-by-step plan and timetable for a merger",
                        "description": (
                            "An overview of all the steps in a merger between two local parties, "
                            "with a timetable to fill in from the first exploration to the notarial "
                            "deed and the registration of the party name. (In Dutch.)"
                        ),
                    },
                ),
                ("heading", "Combining the finances"),
                (
                    "paragraph",
                    "<p>Money is rarely the biggest problem in a merger, but it does breed distrust "
                    "if it is not properly arranged. So start with openness: both treasurers put "
                    "the latest annual accounts, the current bank balance, ongoing commitments and "
                    "any debts on the table. Have the audit committees of both parties check the "
                    "figures before the members' meetings decide.</p>"
                    "<p>Also make agreements about:</p>"
                    "<ul>"
                    "<li><b>Bank accounts</b>: which account remains or which new account you open, "
                    "and who is authorised to sign. Opening a new business account can take a "
                    "while.</li>"
                    "<li><b>Membership fees</b>: how to bring two different fees into line, and what "
                    "happens to fees already paid for the current year.</li>"
                    "<li><b>Campaign reserves</b>: how much money there is for the next elections "
                    "and how you use both parties' reserves.</li>"
                    "<li><b>Ongoing contracts</b>: rented premises, printing, the website, domain "
                    "names and social media accounts.</li>"
                    "<li><b>Donations and contributions</b>: how you handle pledges from donors and "
                    "contributions from councillors.</li>"
                    "</ul>"
                    "<p>Keep the party's finances separate from the support funding that the "
                    "municipality gives to groups on the council. That money is subject to the "
                    "municipality's rules.</p>",
                ),
                ("heading", "Members and records"),
                (
                    "paragraph",
                    "<p>In a legal merger, the members of the disappearing association automatically "
                    "become members of the acquiring association by operation of law. Inform them "
                    "well in advance, so that anyone who does not want this can cancel in time. If "
                    "you choose to found a new association and dissolve the old ones, members do "
                    "not move across automatically. Each member then has to sign up themselves, "
                    "and you may not simply hand the membership list over to the new association. "
                    "Actively invite members to switch; it is also a good test of support.</p>"
                    "<p>Only combine the membership records once the merger is complete. Remove "
                    "duplicate members, decide who manages the records and update the privacy "
                    "statement to reflect the new situation.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "Our two treasurers went through all the figures together in one "
                            "evening, from the petty cash to the printer's last invoice. After that, "
                            "money was no longer an issue in the merger talks."
                        ),
                        "name": "Sandra",
                        "role": "treasurer",
                        "party": "a local party in Friesland",
                    },
                ),
                (
                    "checklist",
                    {
                        "title": "Legal and financial checklist",
                        "items": [
                            "Notary chosen and route decided: legal merger or new association",
                            "Merger proposal and explanatory note drawn up and signed by all board "
                            "members",
                            "Proposal filed with the KVK and announced in a national daily "
                            "newspaper",
                            "Members' meetings convened with the right notice and all documents",
                            "Annual accounts checked by both audit committees",
                            "Agreements on bank account, membership fees and ongoing contracts "
                            "recorded",
                            "Members informed about what the merger means for their membership",
                            "Registration or change of the party name applied for in time",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Does the party name have to be registered again after a "
                            "merger?",
                            "answer": "<p>That depends on the route. If one party is absorbed into "
                            "the other and the name stays the same, little may change for the "
                            "registration. If you choose a new name or a new association, that name "
                            "must be registered with the central electoral committee in time. Ask "
                            "your municipality what is needed in your situation, what the deadline "
                            "is and whether you need support declarations and a deposit.</p>",
                        },
                        {
                            "question": "Can a merger be reversed?",
                            "answer": "<p>In principle, no. Once the notarial deed has been "
                            "executed, a legal merger is a fact. If you have doubts, opt for a "
                            "period of cooperation first.</p>",
                        },
                        {
                            "question": "Who forms the board of the merged party?",
                            "answer": "<p>That is set out in the merger proposal. Many parties "
                            "choose a transitional board with people from both parties, which after "
                            "a year makes way for a board elected by the new party's members' "
                            "meeting.</p>",
                        },
                        {
                            "question": "What does a merger cost?",
                            "answer": "<p>The main items are usually the notary, the announcement in "
                            "a national daily newspaper and possibly a new house style. Amounts vary "
                            "widely; ask for quotes in advance and draw up a budget for the whole "
                            "process.</p>",
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "fusie-naam-cultuur-samenwerking",
        "title": "Na het ja-woord: naam, cultuur en samenwerking bij een fusie",
        "summary": (
            "Hoe u bij het samengaan van twee lokale partijen een naam kiest, de cultuur van beide "
            "partijen bewaakt, en wanneer samenwerking zonder fusie een goed alternatief is."
        ),
        "tags": ["fusie", "cultuur", "partijnaam", "samenwerking"],
        "related": [
            "fusie-waarom-en-hoe",
            "fusie-statuten-notaris-financien",
            "campagne-plan",
            "ledenwerving-wervingsplan",
        ],
        "body": [
            (
                "paragraph",
                "<p>De meeste fusies stranden niet op de statuten of de financiën, maar op mensen. "
                "Leden die zich jarenlang voor hun eigen partij hebben ingezet, zijn bang dat ‘hun’ "
                "partij verdwijnt. Vrijwilligers weten niet meer bij wie ze terechtkunnen. En de "
                "naam, die op het stembiljet staat en waaraan kiezers u herkennen, blijkt een "
                "emotioneler onderwerp dan iemand had verwacht. Deze gids gaat over die zachte kant "
                "van samengaan: de naam, de cultuur, en de vraag of een fusie eigenlijk wel nodig "
                "is.</p>",
            ),
            ("heading", "Een naam kiezen"),
            (
                "paragraph",
                "<p>Bij het samenvoegen van twee partijen zijn er grofweg drie mogelijkheden: u "
                "houdt de naam van een van beide partijen, u combineert beide namen, of u kiest een "
                "geheel nieuwe naam. Elke keuze heeft voor- en nadelen.</p>"
                "<ul>"
                "<li><b>Een bestaande naam houden</b> is duidelijk voor kiezers en eenvoudig bij de "
                "registratie, maar kan voor de leden van de andere partij voelen als een "
                "overname.</li>"
                "<li><b>Een combinatienaam</b> laat zien dat beide partijen gelijkwaardig zijn, maar "
                "wordt al snel lang en onhandig op een stembiljet of een poster.</li>"
                "<li><b>Een nieuwe naam</b> geeft een frisse start en ligt vaak voor de hand bij een "
                "gemeentelijke herindeling, maar kiezers moeten u opnieuw leren kennen.</li>"
                "</ul>"
                "<p>Controleer bij elke mogelijke naam of hij niet te veel lijkt op een naam die al "
                "geregistreerd is, of de domeinnaam en de namen op sociale media nog vrij zijn, en "
                "of de naam in één oogopslag duidelijk maakt dat u een lokale partij bent. Een nieuwe "
                "of gewijzigde naam moet bij het centraal stembureau geregistreerd zijn voordat u er "
                "een kandidatenlijst onder kunt inleveren. Vraag de gemeente naar de uiterste "
                "datum.</p>",
            ),
            (
                "steps",
                {
                    "title": "Zo kiest u samen een nieuwe naam",
                    "steps": [
                        {
                            "title": "Stel criteria vast",
                            "text": "<p>Spreek in de fusiewerkgroep af waar de naam aan moet "
                            "voldoen, bijvoorbeeld herkenbaar lokaal, kort en zonder afkortingen die "
                            "niemand kent.</p>",
                        },
                        {
                            "title": "Verzamel ideeën bij de leden",
                            "text": "<p>Vraag leden van beide partijen om voorstellen. Dat levert "
                            "niet alleen namen op, maar ook betrokkenheid.</p>",
                        },
                        {
                            "title": "Maak een shortlist en toets die",
                            "text": "<p>Kies drie tot vijf namen en controleer ze op beschikbaarheid "
                            "en op verwarring met andere partijen.</p>",
                        },
                        {
                            "title": "Laat de leden kiezen",
                            "text": "<p>Leg de shortlist voor aan een gezamenlijke ledenbijeenkomst "
                            "of een ledenraadpleging, en laat de ALV de naam formeel vastleggen in "
                            "de statuten.</p>",
                        },
                        {
                            "title": "Registreer op tijd",
                            "text": "<p>Dien het verzoek om de nieuwe naam te registreren ruim voor "
                            "de uiterste datum in bij het centraal stembureau, en leg meteen de "
                            "domeinnaam en de sociale-media-accounts vast.</p>",
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "key": "fusie-ledenbijeenkomst",
                    "alt": (
                        "Leden van twee lokale partijen zitten in gemengde groepjes rond tafels in "
                        "een zaal en schrijven op grote vellen papier ideeën voor een gezamenlijke "
                        "partijnaam."
                    ),
                    "caption": (
                        "Een gezamenlijke ledenavond helpt om elkaar te leren kennen, bijvoorbeeld "
                        "bij het kiezen van een nieuwe naam."
                    ),
                },
            ),
            ("heading", "De cultuur van beide partijen bewaken"),
            (
                "paragraph",
                "<p>Elke partij heeft een eigen cultuur: de manier waarop besluiten worden genomen, "
                "de toon in vergaderingen, de rol van de fractie tegenover het bestuur, tradities "
                "zoals een nieuwjaarsbijeenkomst of een vaste plek op de weekmarkt. De ene partij "
                "beslist veel informeel aan de keukentafel, de andere werkt met uitgebreide stukken "
                "en stemmingen. Dat botst, zeker in het eerste jaar.</p>"
                "<p>Zo voorkomt u dat een van beide culturen ongemerkt verdwijnt:</p>"
                "<ul>"
                "<li>Benoem de verschillen hardop, bijvoorbeeld in een gezamenlijke bijeenkomst "
                "waarin leden vertellen wat ze van hun eigen partij willen behouden.</li>"
                "<li>Schrijf samen een korte tekst met gedeelde waarden en werkafspraken, en laat "
                "de ALV die vaststellen.</li>"
                "<li>Verdeel functies in bestuur, werkgroepen en campagne evenwichtig, maar kies "
                "uiteindelijk op kwaliteit en niet op herkomst.</li>"
                "<li>Houd tradities van beide partijen in ere, of maak er bewust nieuwe gezamenlijke "
                "van.</li>"
                "<li>Werk met gemengde teams, bijvoorbeeld bij het schrijven van het "
                "verkiezingsprogramma en bij het flyeren.</li>"
                "<li>Wijs een vertrouwenspersoon aan bij wie leden terechtkunnen met onvrede.</li>"
                "</ul>"
                "<p>Plan na een jaar een evaluatie: wat gaat goed en wat wringt nog? Leden die zich "
                "gehoord voelen, blijven. Leden die zich overvallen voelen, zeggen stilletjes hun "
                "lidmaatschap op.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "De leden van de ene partij waren gewend aan lange ledenvergaderingen, die "
                        "van de andere aan een borrel na afloop. Nu doen we allebei: eerst "
                        "vergaderen, dan samen iets drinken. Het klinkt klein, maar het maakte veel "
                        "uit."
                    ),
                    "name": "Ingrid",
                    "role": "bestuurslid",
                    "party": "een gefuseerde lokale partij in Gelderland",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": "Vergeet de kiezers niet",
                    "text": "<p>Leg in de campagne uit waarom u bent samengegaan en wat kiezers "
                    "ervan merken. Zet in het begin bijvoorbeeld een regel als ‘voorheen partij A en "
                    "partij B’ op folders en op de website, zodat vaste kiezers u terugvinden.</p>",
                },
            ),
            ("heading", "Samenwerken zonder te fuseren"),
            (
                "paragraph",
                "<p>Niet elke toenadering hoeft op een fusie uit te lopen. Soms is samenwerking de "
                "verstandigste stap, of een goede proefperiode. Mogelijkheden zijn:</p>"
                "<ul>"
                "<li>gezamenlijke activiteiten, zoals een thema-avond, een training of een "
                "bijeenkomst voor inwoners;</li>"
                "<li>samen campagne voeren op onderwerpen waarover u het eens bent, met behoud van "
                "eigen lijsten;</li>"
                "<li>nauw samenwerken in de raad, zoals samen vergaderingen voorbereiden en samen "
                "moties indienen;</li>"
                "<li>een gezamenlijke kandidatenlijst onder een gecombineerde naam, waarbij beide "
                "verenigingen blijven bestaan.</li>"
                "</ul>"
                "<p>Een lijstencombinatie, waarbij partijen met eigen lijsten samen kans maakten op "
                "een restzetel, is sinds 2017 niet meer mogelijk. Voor een gezamenlijke lijst gelden "
                "de regels voor registratie en kandidaatstelling uit de Kieswet; laat u daarover "
                "tijdig informeren door de gemeente. Leg afspraken over samenwerking vast in een "
                "korte samenwerkingsovereenkomst, met een einddatum of een moment van "
                "evaluatie.</p>",
            ),
            (
                "checklist",
                {
                    "title": "Checklist naam en cultuur",
                    "items": [
                        "Criteria voor de naam vastgesteld en leden om ideeën gevraagd",
                        "Gekozen naam gecontroleerd op verwarring, domeinnaam en sociale media",
                        "Registratie van de naam op tijd aangevraagd bij het centraal stembureau",
                        "Gezamenlijke bijeenkomst gehouden over wat leden willen behouden",
                        "Gedeelde waarden en werkafspraken op papier en vastgesteld door de ALV",
                        "Gemengde teams voor programma, campagne en activiteiten",
                        "Vertrouwenspersoon aangewezen en evaluatie na een jaar gepland",
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Verliezen we kiezers als we van naam veranderen?",
                        "answer": "<p>Dat risico bestaat, vooral bij kiezers die het lokale nieuws "
                        "niet op de voet volgen. Beperk het door de nieuwe naam ruim voor de "
                        "verkiezingen te introduceren, in de campagne uit te leggen wie u bent en "
                        "bekende gezichten uit beide partijen zichtbaar te maken.</p>",
                    },
                    {
                        "question": "Hoe gaan we om met leden die tegen de fusie waren?",
                        "answer": "<p>Neem ze serieus. Nodig ze uit voor een persoonlijk gesprek, "
                        "vraag wat ze nodig hebben om mee te doen en geef ze een rol als ze dat "
                        "willen. Sommige leden zullen toch vertrekken; bedank ze dan voor hun "
                        "inzet.</p>",
                    },
                    {
                        "question": "Moeten de bestuursfuncties eerlijk over beide partijen verdeeld "
                        "worden?",
                        "answer": "<p>In de overgangsfase helpt een evenwichtige verdeling om "
                        "vertrouwen op te bouwen. Op langere termijn is het beter functies te "
                        "vervullen op basis van kwaliteit en beschikbaarheid, ongeacht uit welke "
                        "partij iemand komt.</p>",
                    },
                    {
                        "question": "Is een proefperiode van samenwerking verstandig?",
                        "answer": "<p>Vaak wel. Een jaar lang samen activiteiten organiseren of "
                        "samenwerken in de raad laat snel zien of de partijen bij elkaar passen, en "
                        "geeft leden de tijd om aan het idee te wennen.</p>",
                    },
                ],
            ),
        ],
        "en": {
            "slug": "party-mergers-name-culture-cooperation",
            "title": "After saying yes: name, culture and cooperation in a merger",
            "summary": (
                "How to choose a name when two local parties join forces, how to safeguard the "
                "culture of both parties, and when cooperation without a merger is a good "
                "alternative."
            ),
            "tags": ["party mergers", "culture", "party name", "cooperation"],
            "body": [
                (
                    "paragraph",
                    "<p>Most mergers do not founder on the articles of association or the finances, "
                    "but on people. Members who have worked for their own party for years fear that "
                    "‘their’ party will disappear. Volunteers no longer know whom to turn to. And "
                    "the name, which appears on the ballot paper and by which voters recognise you, "
                    "turns out to be a more emotional subject than anyone expected. This guide is "
                    "about that softer side of joining forces: the name, the culture, and whether a "
                    "merger is actually necessary at all.</p>",
                ),
                ("heading", "Choosing a name"),
                (
                    "paragraph",
                    "<p>When two parties combine, there are broadly three options: keep the name of "
                    "one of the parties, combine both names, or choose an entirely new name. Each "
                    "choice has pros and cons.</p>"
                    "<ul>"
                    "<li><b>Keeping an existing name</b> is clear for voters and simple for "
                    "registration, but may feel like a takeover to the other party's "
                    "members.</li>"
                    "<li><b>A combined name</b> shows that both parties are equal, but quickly "
                    "becomes long and unwieldy on a ballot paper or a poster.</li>"
                    "<li><b>A new name</b> gives a fresh start and is often the obvious choice after "
                    "a municipal reorganisation, but voters have to get to know you all over "
                    "again.</li>"
                    "</ul>"
                    "<p>For every possible name, check that it is not too similar to a name that is "
                    "already registered, that the domain name and social media handles are still "
                    "available, and that the name makes clear at a glance that you are a local "
                    "party. A new or changed name must be registered with the central electoral "
                    "committee before you can submit a list of candidates under it. Ask the "
                    "municipality for the deadline.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "How to choose a new name together",
                        "steps": [
                            {
                                "title": "Set criteria",
                                "text": "<p>Agree in the merger working group what the name must "
                                "achieve, for example recognisably local, short and free of "
                                "abbreviations nobody knows.</p>",
                            },
                            {
                                "title": "Collect ideas from members",
                                "text": "<p>Ask members of both parties for suggestions. That "
                                "produces not only names but also involvement.</p>",
                            },
                            {
                                "title": "Draw up a shortlist and test it",
                                "text": "<p>Pick three to five names and check them for "
                                "availability and for confusion with other parties.</p>",
                            },
                            {
                                "title": "Let the members choose",
                                "text": "<p>Put the shortlist to a joint members' gathering or a "
                                "members' poll, and have the members' meeting formally set the name "
                                "in the articles of association.</p>",
                            },
                            {
                                "title": "Register in time",
                                "text": "<p>Submit the request to register the new name with the "
                                "central electoral committee well before the deadline, and secure "
                                "the domain name and social media accounts at the same time.</p>",
                            },
                        ],
                    },
                ),
                (
                    "image",
                    {
                        "key": "fusie-ledenbijeenkomst",
                        "alt": (
                            "Members of two local parties sit in mixed groups around tables in a "
                            "hall, writing ideas for a joint party name on large sheets of paper."
                        ),
                        "caption": (
                            "A joint members' evening helps people get to know each other, for "
                            "example when choosing a new name."
                        ),
                    },
                ),
                ("heading", "Safeguarding the culture of both parties"),
                (
                    "paragraph",
                    "<p>Every party has its own culture: how decisions are made, the tone of "
                    "meetings, the role of the council group versus the board, traditions such as "
                    "a New Year's gathering or a regular spot at the weekly market. One party "
                    "decides a lot informally around the kitchen table, the other works with "
                    "detailed papers and formal votes. That leads to friction, especially in the "
                    "first year.</p>"
                    "<p>Here is how to keep either culture from quietly disappearing:</p>"
                    "<ul>"
                    "<li>Name the differences out loud, for example at a joint gathering where "
                    "members say what they want to keep from their own party.</li>"
                    "<li>Write a short text together on shared values and working arrangements, and "
                    "have the members' meeting adopt it.</li>"
                    "<li>Spread positions on the board, in working groups and in the campaign "
                    "evenly, but ultimately choose on quality, not on origin.</li>"
                    "<li>Honour the traditions of both parties, or deliberately create new shared "
                    "ones.</li>"
                    "<li>Work in mixed teams, for example when writing the election manifesto and "
                    "when handing out flyers.</li>"
                    "<li>Appoint a confidential adviser whom members can approach with "
                    "concerns.</li>"
                    "</ul>"
                    "<p>Schedule an evaluation after a year: what is going well and what still "
                    "chafes? Members who feel heard stay. Members who feel steamrollered quietly "
                    "cancel their membership.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "The members of one party were used to long members' meetings, those "
                            "of the other to drinks afterwards. Now we do both: first the meeting, "
                            "then a drink together. It sounds like a small thing, but it made a big "
                            "difference."
                        ),
                        "name": "Ingrid",
                        "role": "board member",
                        "party": "a merged local party in Gelderland",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "Don't forget the voters",
                        "text": "<p>Explain in your campaign why you joined forces and what it "
                        "means for voters. At first, for example, add a line such as ‘formerly "
                        "party A and party B’ to leaflets and the website, so that loyal voters "
                        "can find you.</p>",
                    },
                ),
                ("heading", "Cooperating without merging"),
                (
                    "paragraph",
                    "<p>Not every rapprochement has to end in a merger. Sometimes cooperation is "
                    "the wisest step, or a good trial period. Options include:</p>"
                    "<ul>"
                    "<li>joint activities, such as a themed evening, a training session or a "
                    "meeting for residents;</li>"
                    "<li>campaigning together on issues you agree on, while keeping your own "
                    "lists;</li>"
                    "<li>working closely together on the council, such as preparing meetings and "
                    "tabling motions jointly;</li>"
                    "<li>a joint list of candidates under a combined name, with both associations "
                    "continuing to exist.</li>"
                    "</ul>"
                    "<p>A list combination, in which parties with separate lists jointly competed "
                    "for a remainder seat, has not been possible since 2017. A joint list is "
                    "subject to the registration and nomination rules of the Elections Act; ask the "
                    "municipality about them in good time. Put cooperation agreements in a short "
                    "cooperation agreement with an end date or a moment for evaluation.</p>",
                ),
                (
                    "checklist",
                    {
                        "title": "Name and culture checklist",
                        "items": [
                            "Criteria for the name set and members asked for ideas",
                            "Chosen name checked for confusion, domain name and social media",
                            "Registration of the name applied for in time with the central "
                            "electoral committee",
                            "Joint gathering held on what members want to keep",
                            "Shared values and working arrangements written down and adopted by "
                            "the members' meeting",
                            "Mixed teams for the manifesto, the campaign and activities",
                            "Confidential adviser appointed and an evaluation planned after a year",
                        ],
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Will we lose voters if we change our name?",
                            "answer": "<p>That risk exists, especially among voters who do not "
                            "follow local news closely. Limit it by introducing the new name well "
                            "before the elections, explaining who you are in the campaign and "
                            "making familiar faces from both parties visible.</p>",
                        },
                        {
                            "question": "How do we deal with members who opposed the merger?",
                            "answer": "<p>Take them seriously. Invite them for a personal talk, ask "
                            "what they need in order to take part and give them a role if they "
                            "want one. Some members will leave anyway; thank them for their "
                            "efforts.</p>",
                        },
                        {
                            "question": "Should board positions be divided fairly between the two "
                            "parties?",
                            "answer": "<p>During the transition, a balanced division helps build "
                            "trust. In the longer run it is better to fill positions on the basis of "
                            "quality and availability, regardless of which party someone came "
                            "from.</p>",
                        },
                        {
                            "question": "Is a trial period of cooperation a good idea?",
                            "answer": "<p>Often, yes. A year of organising activities together or "
                            "cooperating on the council quickly shows whether the parties are a "
                            "good fit, and gives members time to get used to the idea.</p>",
                        },
                    ],
                ),
            ],
        },
    },
]
