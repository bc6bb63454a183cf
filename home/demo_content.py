"""Demo content for the home page, the standard pages and the site settings.

Plain data in the same block format as the guides (see guides/demo/__init__.py). The English
versions mirror the Dutch ones block for block, paragraph for paragraph and item for item.
"""

HOME = {
    "title": "Kennispunt Lokale Politieke Partijen",
    "intro": (
        "<p>Welkom bij het Kennispunt Lokale Politieke Partijen. Lokale partijen hebben samen "
        "ongeveer een derde van de zetels in de gemeenteraden, maar kunnen niet terugvallen op een "
        "landelijk partijbureau. Daarom helpen wij u bij het runnen van uw partij.</p>"
        "<p>Op deze website vindt u praktische gidsen over onder meer ledenwerving, "
        "kandidaatstelling, het screenen van kandidaten, fuseren, campagne voeren, het "
        "verkiezingsprogramma en fondsenwerving, met stappenplannen, checklists en "
        "voorbeelddocumenten. Gekozen volksvertegenwoordigers vinden hun weg in onze wegwijzer. "
        "Daarnaast organiseren we trainingen door het hele land en online, kunt u met vragen "
        "terecht bij de helpdesk en wisselt u op het forum ervaringen uit met andere lokale "
        "partijen. Het Kennispunt is politiek neutraal en ons aanbod is gratis voor lokale partijen "
        "zonder zetels in de Tweede Kamer.</p>"
    ),
    "en": {
        "title": "Knowledge Centre for Local Political Parties",
        "intro": (
            "<p>Welcome to the Kennispunt Lokale Politieke Partijen, the knowledge centre for local "
            "political parties. Together, local parties hold about a third of the seats on "
            "municipal councils, but they have no national party office to fall back on. That is "
            "why we help you run your party.</p>"
            "<p>On this website you will find practical guides on topics such as membership "
            "recruitment, candidate nomination, candidate screening, mergers, campaigning, the "
            "election programme and fundraising, with step-by-step plans, checklists and model "
            "documents. Elected representatives can find their way in our signpost. We also run "
            "trainings across the country and online, our helpdesk answers your questions, and on "
            "the forum you can share experiences with other local parties. The Kennispunt is "
            "politically neutral and our services are free for local parties without seats in the "
            "House of Representatives.</p>"
        ),
    },
}

STANDARD_PAGES = [
    # ------------------------------------------------------------------------------------------
    {
        "slug": "over-ons",
        "title": "Over het Kennispunt",
        "intro": (
            "Het Kennispunt Lokale Politieke Partijen biedt lokale partijen praktische en "
            "organisatorische ondersteuning, gratis en politiek neutraal."
        ),
        "body": [
            ("heading", "Wie wij zijn"),
            (
                "paragraph",
                "<p>Het Kennispunt Lokale Politieke Partijen ondersteunt lokale en regionale partijen "
                "bij het runnen van hun partij. Lokale partijen hebben samen ongeveer een derde van "
                "de zetels in de Nederlandse gemeenteraden, maar kunnen anders dan afdelingen van "
                "landelijke partijen niet terugvallen op een landelijk partijbureau. Het Kennispunt "
                "vult dat gat met praktische en organisatorische ondersteuning: van ledenwerving en "
                "kandidaatstelling tot campagne voeren en de financiën van de vereniging.</p>"
                "<p>Ons aanbod is gratis voor lokale politieke partijen zonder vertegenwoordiging in "
                "de Tweede Kamer.</p>",
            ),
            ("heading", "Onze geschiedenis"),
            (
                "paragraph",
                "<p>Het Kennispunt is begin 2019 van start gegaan. Het aanbod is samen met lokale "
                "partijen ontwikkeld en gebaseerd op een onderzoek naar de ondersteuningsbehoefte van "
                "lokale politieke partijen, uitgevoerd in samenwerking met Tilburg University. Het "
                "onderzoek richtte zich op ongeveer 1.100 lokale en regionale partijen. Daaruit bleek "
                "dat partijen vooral behoefte hebben aan trainingen en aan hulp bij verenigingszaken, "
                "zoals statuten, de ledenvergadering en de rol van het bestuur.</p>"
                "<p>Sindsdien is het aanbod stap voor stap uitgebreid, steeds op basis van de vragen "
                "die partijen ons stellen.</p>",
            ),
            ("heading", "Wat wij bieden"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Gidsen</b> over de taken van een politieke partij, zoals ledenwerving, "
                "kandidaatstelling, het screenen van kandidaten, fuseren, campagne voeren, het "
                "verkiezingsprogramma en fondsenwerving, en over oprichting, bestuur, integriteit en "
                "vrijwilligers.</li>"
                "<li><b>Een wegwijzer voor gekozen volksvertegenwoordigers</b>, waarin raadsleden, "
                "wethouders en bestuurders zien waar zij relevante informatie, scholing en actuele "
                "dossiers vinden. Bij het opzetten daarvan hebben we advies ingewonnen bij de "
                "Vereniging van Griffiers.</li>"
                "<li><b>Trainingen</b> door het hele land en online, waaronder de reeks Op weg naar de "
                "verkiezingen in de aanloop naar de gemeenteraadsverkiezingen. Wilt u een training "
                "voor uw eigen partij, dan bieden we maatwerk.</li>"
                "<li><b>Een helpdesk</b> voor vragen per formulier, e-mail of telefoon.</li>"
                "<li><b>Een forum</b> waar lokale partijen elkaar vragen stellen en ervaringen delen. "
                "Het forum is alleen toegankelijk voor lokale partijen.</li>"
                "<li><b>Een maandelijkse nieuwsbrief</b> met het actuele aanbod, nieuwe gidsen en de "
                "data van trainingen.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Politiek neutraal",
                    "text": (
                        "<p>Het Kennispunt is politiek neutraal. Wij geven geen inhoudelijk politiek "
                        "advies en kiezen geen partij. De informatie op deze website is openbaar en "
                        "voor iedereen te lezen; de trainingen, de helpdesk en het forum zijn bedoeld "
                        "voor lokale partijen.</p>"
                    ),
                },
            ),
            ("heading", "Financiering"),
            (
                "paragraph",
                "<p>De activiteiten van het Kennispunt worden gefinancierd uit een subsidie van het "
                "ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK). Daardoor kunnen wij "
                "ons aanbod gratis aanbieden aan lokale partijen zonder zetels in de Tweede "
                "Kamer.</p>",
            ),
            (
                "quote",
                {
                    "quote": (
                        "Na de training Op weg naar de verkiezingen wisten we precies wat we wanneer "
                        "moesten regelen. Voor een kleine partij zonder landelijk kantoor is dat goud "
                        "waard."
                    ),
                    "name": "Ingrid",
                    "role": "secretaris",
                    "party": "een lokale partij in Limburg",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Voor wie is het Kennispunt?",
                        "answer": (
                            "<p>Voor lokale en regionale politieke partijen die geen gebruik kunnen "
                            "maken van de ondersteuning van een landelijke partij. Ook raadsleden, "
                            "wethouders en bestuursleden van die partijen kunnen bij ons "
                            "terecht.</p>"
                        ),
                    },
                    {
                        "question": "Wat kost het?",
                        "answer": (
                            "<p>Niets. Ons aanbod is gratis voor lokale politieke partijen zonder "
                            "vertegenwoordiging in de Tweede Kamer.</p>"
                        ),
                    },
                    {
                        "question": "Hoe blijf ik op de hoogte?",
                        "answer": (
                            "<p>Meld u aan voor de maandelijkse nieuwsbrief of volg ons op Twitter "
                            "via @KennisPolitiek.</p>"
                        ),
                    },
                ],
            ),
        ],
        "en": {
            "slug": "about-us",
            "title": "About the Kennispunt",
            "intro": (
                "The Kennispunt Lokale Politieke Partijen gives local parties practical and "
                "organisational support, free of charge and politically neutral."
            ),
            "body": [
                ("heading", "Who we are"),
                (
                    "paragraph",
                    "<p>The Kennispunt Lokale Politieke Partijen (Knowledge Centre for Local "
                    "Political Parties) supports local and regional parties in running their party. "
                    "Together, local parties hold about a third of the seats on Dutch municipal "
                    "councils, but unlike local branches of national parties they cannot fall back "
                    "on a national party office. The Kennispunt fills that gap with practical and "
                    "organisational support: from membership recruitment and candidate nomination "
                    "to campaigning and the association's finances.</p>"
                    "<p>Our services are free for local political parties without representation "
                    "in the House of Representatives.</p>",
                ),
                ("heading", "Our history"),
                (
                    "paragraph",
                    "<p>The Kennispunt started in early 2019. Its services were developed together "
                    "with local parties and are based on research into the support needs of local "
                    "political parties, carried out in cooperation with Tilburg University. The "
                    "research covered about 1,100 local and regional parties. It showed that "
                    "parties mainly need training and help with association matters, such as the "
                    "articles of association, the members' meeting and the role of the board.</p>"
                    "<p>Since then the services have been expanded step by step, always based on "
                    "the questions parties ask us.</p>",
                ),
                ("heading", "What we offer"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Guides</b> on the tasks of a political party, such as membership "
                    "recruitment, candidate nomination, candidate screening, mergers, campaigning, "
                    "the election programme and fundraising, and on founding a party, the board, "
                    "integrity and volunteers.</li>"
                    "<li><b>A signpost for elected representatives</b>, showing councillors, "
                    "aldermen and board members where to find relevant information, training and "
                    "current dossiers. In setting it up we sought advice from the Association of "
                    "Municipal Clerks (Vereniging van Griffiers).</li>"
                    "<li><b>Trainings</b> across the country and online, including the series Op weg "
                    "naar de verkiezingen (On the way to the elections) in the run-up to the "
                    "municipal elections. If you would like a training for your own party, we offer "
                    "tailor-made sessions.</li>"
                    "<li><b>A helpdesk</b> for questions by form, e-mail or phone.</li>"
                    "<li><b>A forum</b> where local parties ask each other questions and share "
                    "experiences. The forum is open to local parties only.</li>"
                    "<li><b>A monthly newsletter</b> with our current offer, new guides and training "
                    "dates.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "Politically neutral",
                        "text": (
                            "<p>The Kennispunt is politically neutral. We give no substantive "
                            "political advice and take no sides. The information on this website is "
                            "public and open to everyone; the trainings, the helpdesk and the forum "
                            "are intended for local parties.</p>"
                        ),
                    },
                ),
                ("heading", "Funding"),
                (
                    "paragraph",
                    "<p>The Kennispunt's activities are funded by a subsidy from the Ministry of the "
                    "Interior and Kingdom Relations (BZK). This allows us to offer our services free "
                    "of charge to local parties without seats in the House of "
                    "Representatives.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": (
                            "After the On the way to the elections training we knew exactly what we "
                            "had to arrange and when. For a small party without a national office, "
                            "that is worth its weight in gold."
                        ),
                        "name": "Ingrid",
                        "role": "secretary",
                        "party": "a local party in Limburg",
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Who is the Kennispunt for?",
                            "answer": (
                                "<p>For local and regional political parties that cannot make use of "
                                "support from a national party. Councillors, aldermen and board "
                                "members of those parties are also welcome to contact us.</p>"
                            ),
                        },
                        {
                            "question": "What does it cost?",
                            "answer": (
                                "<p>Nothing. Our services are free for local political parties "
                                "without representation in the House of Representatives.</p>"
                            ),
                        },
                        {
                            "question": "How do I stay informed?",
                            "answer": (
                                "<p>Sign up for the monthly newsletter or follow us on Twitter at "
                                "@KennisPolitiek.</p>"
                            ),
                        },
                    ],
                ),
            ],
        },
    },
    # ------------------------------------------------------------------------------------------
    {
        "slug": "contact",
        "title": "Contact",
        "intro": (
            "Heeft u een vraag over het runnen van uw lokale partij? Neem contact op met de "
            "helpdesk van het Kennispunt."
        ),
        "body": [
            ("heading", "De helpdesk"),
            (
                "paragraph",
                "<p>Lokale partijen kunnen met hun vragen terecht bij onze helpdesk. U bereikt ons via "
                "het contactformulier op deze pagina, per e-mail via info@lokalepolitiekepartijen.nl "
                "of telefonisch op 06 19350838.</p>"
                "<p>Vermeld in uw bericht om welke partij en welke gemeente het gaat, en beschrijf uw "
                "vraag zo concreet mogelijk. Dan kunnen we u sneller en beter helpen.</p>",
            ),
            ("heading", "Waarmee we u kunnen helpen"),
            (
                "paragraph",
                "<ul>"
                "<li>verenigingszaken, zoals statuten, de ledenvergadering en de taken van het "
                "bestuur;</li>"
                "<li>kandidaatstelling, de registratie van uw partijnaam en het screenen van "
                "kandidaten;</li>"
                "<li>ledenwerving, vrijwilligers en fondsenwerving;</li>"
                "<li>campagne voeren en het schrijven van een verkiezingsprogramma.</li>"
                "</ul>"
                "<p>Inhoudelijk politiek advies geven wij niet, want het Kennispunt is politiek "
                "neutraal.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Wanneer krijgt u antwoord?",
                    "text": (
                        "<p>We streven ernaar om vragen binnen enkele werkdagen te beantwoorden, maar "
                        "kunnen dat niet garanderen. In drukke periodes, zoals vlak voor de "
                        "verkiezingen, of bij ingewikkelde vragen kan het langer duren. Heeft u te "
                        "maken met een harde termijn, zoals de dag van kandidaatstelling, vermeld dat "
                        "dan in uw bericht. Vragen die vaker voorkomen, verwerken we soms als "
                        "veelgestelde vraag op de website, zonder uw naam of partij te noemen.</p>"
                    ),
                },
            ),
            ("heading", "Een training aanvragen"),
            (
                "paragraph",
                "<p>Naast ons vaste trainingsaanbod verzorgen we trainingen op maat voor één partij, "
                "bijvoorbeeld voor een nieuw bestuur, een groep kandidaten of een fractie. Stuur een "
                "e-mail met uw wensen, het verwachte aantal deelnemers en een paar mogelijke data. We "
                "nemen dan contact met u op om de mogelijkheden te bespreken.</p>",
            ),
            ("heading", "Pers"),
            (
                "paragraph",
                "<p>Journalisten met vragen over het Kennispunt of over lokale partijen in het "
                "algemeen kunnen mailen naar info@lokalepolitiekepartijen.nl. Vermeld in de "
                "onderwerpregel dat het om een persvraag gaat.</p>",
            ),
        ],
        "en": {
            "slug": "contact",
            "title": "Contact",
            "intro": (
                "Do you have a question about running your local party? Get in touch with the "
                "Kennispunt helpdesk."
            ),
            "body": [
                ("heading", "The helpdesk"),
                (
                    "paragraph",
                    "<p>Local parties can bring their questions to our helpdesk. You can reach us "
                    "through the contact form on this page, by e-mail at "
                    "info@lokalepolitiekepartijen.nl or by phone on 06 19350838.</p>"
                    "<p>In your message, mention which party and which municipality it concerns, "
                    "and describe your question as specifically as possible. That helps us help you "
                    "faster and better.</p>",
                ),
                ("heading", "What we can help you with"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>association matters, such as the articles of association, the members' "
                    "meeting and the duties of the board;</li>"
                    "<li>candidate nomination, registering your party name and screening "
                    "candidates;</li>"
                    "<li>membership recruitment, volunteers and fundraising;</li>"
                    "<li>campaigning and writing an election programme.</li>"
                    "</ul>"
                    "<p>We do not give substantive political advice, because the Kennispunt is "
                    "politically neutral.</p>",
                ),
                (
                    "callout",
                    {
                        "kind": "info",
                        "title": "When will you hear from us?",
                        "text": (
                            "<p>We aim to answer questions within a few working days, but cannot "
                            "guarantee this. In busy periods, such as just before the elections, or "
                            "for complex questions it may take longer. If you are facing a hard "
                            "deadline, such as nomination day, please mention it in your message. "
                            "Questions that come up often are sometimes turned into a frequently "
                            "asked question on the website, without naming you or your party.</p>"
                        ),
                    },
                ),
                ("heading", "Requesting a training"),
                (
                    "paragraph",
                    "<p>Besides our regular training programme, we provide tailor-made trainings for "
                    "a single party, for example for a new board, a group of candidates or a council "
                    "group. Send an e-mail with your wishes, the expected number of participants and "
                    "a few possible dates. We will then contact you to discuss the "
                    "possibilities.</p>",
                ),
                ("heading", "Press"),
                (
                    "paragraph",
                    "<p>Journalists with questions about the Kennispunt or about local parties in "
                    "general can e-mail info@lokalepolitiekepartijen.nl. Please mention in the "
                    "subject line that it is a press enquiry.</p>",
                ),
            ],
        },
    },
]

SITE_SETTINGS = {
    "contact_email": "info@lokalepolitiekepartijen.nl",
    "contact_phone": "06 19350838",
    "twitter": "https://twitter.com/KennisPolitiek",
    "linkedin": "",
    "funding_statement": (
        "De activiteiten van het Kennispunt Lokale Politieke Partijen worden gefinancierd uit een "
        "subsidie van het ministerie van Binnenlandse Zaken en Koninkrijksrelaties."
    ),
    "funding_statement_en": (
        "The activities of the Kennispunt Lokale Politieke Partijen are funded by a subsidy from "
        "the Ministry of the Interior and Kingdom Relations."
    ),
}
