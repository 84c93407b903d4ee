// Country data for the generator: real numbering plans (mobile ranges and area codes), real
// cities with their postcodes and exonyms, typical streets and e-mail providers.
#include "countries.hpp"

#include <array>

namespace cardex::gen {
namespace {

using sv = std::string_view;

// --- France -------------------------------------------------------------------------------------
constexpr MobileRange fr_mobiles[] = {{"66", 9}, {"61", 9}, {"62", 9}, {"67", 9}, {"68", 9}, {"60", 9}, {"64", 9},
                                      {"65", 9}, {"77", 9}, {"78", 9}, {"76", 9}, {"75", 9}, {"74", 9}, {"73", 9}};
constexpr City fr_cities[] = {
    {"Paris", "75003|75005|75008|75011|75012|75014|75015|75016|75017|75018|75019|75020", "1", 8, ""},
    {"Lyon", "69001|69003|69006|69007|69008", "4", 8, ""},
    {"Marseille|Marseilles", "13001|13006|13008|13012", "4", 8, ""},
    {"Toulouse", "31000|31200|31300|31400|31500", "5", 8, ""},
    {"Nice", "06000|06100|06200|06300", "4", 8, ""},
    {"Nantes", "44000|44100|44200|44300", "2", 8, ""},
    {"Bordeaux", "33000|33100|33200|33300|33800", "5", 8, ""},
    {"Lille", "59000|59160|59260|59800", "3", 8, ""},
    {"Strasbourg|Straßburg", "67000|67100|67200", "3", 8, ""},
    {"Montpellier", "34000|34070|34080", "4", 8, ""},
    {"Rennes", "35000|35200|35700", "2", 8, ""},
    {"Boulogne-Billancourt", "92100", "1", 8, ""},
    {"Versailles", "78000", "1", 8, ""},
    {"Saint-Étienne|Saint-Etienne|St-Étienne", "42000|42100", "4", 8, ""},
    {"Grenoble", "38000|38100", "4", 8, ""},
    {"Reims", "51100", "3", 8, ""},
    {"Le Havre", "76600|76610|76620", "2", 8, ""},
    {"Toulon", "83000|83100|83200", "4", 8, ""},
    {"Dijon", "21000", "3", 8, ""},
    {"Angers", "49000|49100", "2", 8, ""},
    {"Nîmes|Nimes", "30000|30900", "4", 8, ""},
    {"Clermont-Ferrand", "63000|63100", "4", 8, ""},
    {"Aix-en-Provence", "13090|13100", "4", 8, ""},
    {"Brest", "29200", "2", 8, ""},
    {"Tours", "37000|37100|37200", "2", 8, ""},
    {"Annecy", "74000|74370", "4", 8, ""},
    {"Metz", "57000|57050", "3", 8, ""},
    {"Caen", "14000", "2", 8, ""},
    {"Pau", "64000", "5", 8, ""},
    {"Saint-Denis", "93200", "1", 8, ""},
};
constexpr sv fr_streets[] = {
    "rue de la République", "rue Victor Hugo", "avenue Jean Jaurès", "rue de la Gare", "avenue du Général de Gaulle",
    "rue Pasteur", "boulevard Gambetta", "rue de Verdun", "allée des Lilas", "chemin du Moulin", "rue Saint-Honoré",
    "place de l'Église", "rue Émile Zola", "boulevard Voltaire", "rue Jules Ferry", "rue de la Paix",
    "impasse des Écoles", "route Nationale", "rue du Château", "place Carnot", "rue des Tilleuls", "avenue Foch",
    "quai de la Loire", "cours Mirabeau", "rue Pierre Brossolette", "rue du 8 Mai 1945", "rue d'Alsace-Lorraine"};
constexpr sv fr_line2[] = {"Bât. B", "Apt 12", "Résidence Les Pins", "3e étage", "Escalier C", "Appartement 4",
                           "Lieu-dit La Croix", "Chez M. et Mme Durand"};
constexpr sv fr_providers[] = {"gmail.com", "orange.fr", "free.fr", "hotmail.fr", "sfr.fr", "yahoo.fr",
                               "laposte.net", "wanadoo.fr", "outlook.fr", "icloud.com", "neuf.fr", "bbox.fr"};
constexpr sv fr_words[] = {"Conseil", "Transports", "Bâtiment", "Industries", "Informatique", "Immobilier",
                           "Ingénierie", "Distribution", "Audit", "Logistique"};
constexpr sv fr_forms[] = {"SARL", "SAS", "SA", "& Fils", "Groupe"};

// --- Germany ------------------------------------------------------------------------------------
constexpr MobileRange de_mobiles[] = {{"151", 11}, {"160", 10}, {"170", 10}, {"171", 10}, {"172", 10}, {"176", 11},
                                      {"173", 10}, {"174", 10}, {"175", 10}, {"177", 11}, {"178", 11}, {"179", 10},
                                      {"152", 11}, {"157", 11}, {"159", 11}, {"162", 10}, {"163", 10}};
constexpr City de_cities[] = {
    {"Berlin", "10115|10117|10178|10243|10405|10437|10557|10961|12043|13353", "30", 8, ""},
    {"Hamburg|Hambourg|Amburgo", "20095|20144|20249|22041|22767", "40", 8, ""},
    {"München|Munich|Muenchen|Monaco di Baviera", "80331|80333|80469|80539|80796|81369|81541", "89", 8, ""},
    {"Köln|Cologne|Koeln|Colonia", "50667|50672|50733|50823|51063", "221", 7, ""},
    {"Frankfurt am Main|Francfort|Frankfurt", "60311|60313|60316|60486|60594", "69", 8, ""},
    {"Stuttgart", "70173|70176|70182|70190", "711", 7, ""},
    {"Düsseldorf|Duesseldorf|Dusseldorf", "40210|40213|40219|40477", "211", 7, ""},
    {"Leipzig", "04103|04109|04177|04229", "341", 7, ""},
    {"Dresden|Dresde", "01067|01069|01097|01307", "351", 7, ""},
    {"Nürnberg|Nuremberg|Nuernberg", "90402|90403|90419|90429", "911", 7, ""},
    {"Hannover|Hanovre|Hanover", "30159|30161|30169", "511", 7, ""},
    {"Bremen|Brême", "28195|28203|28209", "421", 7, ""},
    {"Essen", "45127|45128|45130", "201", 7, ""},
    {"Dortmund", "44135|44137|44139", "231", 7, ""},
    {"Bonn", "53111|53113|53115", "228", 7, ""},
    {"Freiburg im Breisgau|Fribourg-en-Brisgau|Freiburg", "79098|79100|79102", "761", 7, ""},
};
constexpr sv de_streets[] = {"Hauptstraße", "Bahnhofstraße", "Schulstraße", "Gartenstraße", "Dorfstraße",
                             "Bergstraße", "Lindenstraße", "Goethestraße", "Schillerstraße", "Kirchstraße",
                             "Mühlenweg", "Am Markt", "Friedrichstraße", "Waldstraße", "Ringstraße", "Poststraße",
                             "Rosenweg", "Wiesenweg", "Birkenweg", "Kastanienallee", "Mozartstraße", "Parkstraße"};
constexpr sv de_line2[] = {"Hinterhaus", "2. OG", "Wohnung 5", "App. 12", "c/o Familie Weber"};
constexpr sv de_providers[] = {"gmail.com", "web.de", "gmx.de", "t-online.de", "gmx.net", "yahoo.de", "outlook.de",
                               "freenet.de", "posteo.de"};
constexpr sv de_words[] = {"Logistik", "Maschinenbau", "Consulting", "Bau", "Elektro", "Software", "Immobilien",
                           "Automotive", "Handel"};
constexpr sv de_forms[] = {"GmbH", "AG", "GmbH & Co. KG", "KG"};

// --- Spain --------------------------------------------------------------------------------------
constexpr MobileRange es_mobiles[] = {{"6", 9}, {"71", 9}, {"72", 9}};
constexpr City es_cities[] = {
    {"Madrid", "28001|28004|28010|28013|28015|28020|28028|28045", "91", 7, ""},
    {"Barcelona|Barcelone", "08001|08002|08007|08010|08015|08021|08029", "93", 7, ""},
    {"Valencia|València|Valence", "46001|46002|46004|46010", "96", 7, ""},
    {"Sevilla|Séville|Seville", "41001|41003|41004|41010", "95", 7, ""},
    {"Málaga|Malaga", "29001|29002|29005|29016", "95", 7, ""},
    {"Zaragoza|Saragosse|Saragossa", "50001|50003|50004", "976", 6, ""},
    {"Bilbao|Bilbo", "48001|48005|48008", "94", 7, ""},
    {"Alicante|Alacant", "03001|03002|03003", "96", 7, ""},
    {"A Coruña|La Coruña|La Corogne|A Coruna", "15001|15003|15004", "981", 6, ""},
    {"Palma|Palma de Mallorca", "07001|07002|07003", "971", 6, ""},
    {"Granada|Grenade", "18001|18002|18009", "958", 6, ""},
    {"San Sebastián|Donostia|Saint-Sébastien", "20001|20003|20004", "943", 6, ""},
};
constexpr sv es_streets[] = {"Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Real",
                             "Plaza de España", "Calle San Juan", "Gran Vía", "Calle de Serrano",
                             "Paseo de la Castellana", "Calle del Sol", "Avenida de Andalucía", "Calle Nueva",
                             "Calle de la Iglesia", "Rambla de Catalunya", "Carrer de Balmes", "Calle Larios",
                             "Calle Sierpes", "Calle de Toledo"};
constexpr sv es_line2[] = {"3º B", "2º izda.", "Bajo", "5º 2ª", "Ático", "1º D"};
constexpr sv es_providers[] = {"gmail.com", "hotmail.com", "yahoo.es", "hotmail.es", "outlook.es",
                               "telefonica.net", "icloud.com"};
constexpr sv es_words[] = {"Consultores", "Construcciones", "Distribuciones", "Ingeniería", "Servicios",
                           "Inversiones"};
constexpr sv es_forms[] = {"S.L.", "S.A.", "SL"};

// --- Italy --------------------------------------------------------------------------------------
constexpr MobileRange it_mobiles[] = {{"347", 10}, {"333", 10}, {"328", 10}, {"340", 10}, {"338", 10},
                                      {"335", 10}, {"339", 10}, {"348", 10}, {"349", 10}, {"320", 10},
                                      {"329", 10}, {"346", 10}, {"345", 10}, {"366", 10}, {"393", 10}};
constexpr City it_cities[] = {
    {"Roma|Rome|Rom", "00184|00185|00186|00187|00192|00198", "06", 8, ""},
    {"Milano|Milan|Mailand", "20121|20122|20123|20135|20144", "02", 8, ""},
    {"Napoli|Naples|Neapel", "80121|80132|80133|80138", "081", 7, ""},
    {"Torino|Turin", "10121|10122|10128|10138", "011", 7, ""},
    {"Palermo|Palerme", "90133|90134|90141", "091", 7, ""},
    {"Genova|Gênes|Genoa|Genua", "16121|16123|16128", "010", 7, ""},
    {"Bologna|Bologne", "40121|40122|40124", "051", 7, ""},
    {"Firenze|Florence|Florenz", "50122|50123|50129", "055", 7, ""},
    {"Bari", "70121|70122", "080", 7, ""},
    {"Venezia|Venise|Venice|Venedig", "30121|30122|30124", "041", 7, ""},
    {"Verona|Vérone", "37121|37122", "045", 7, ""},
    {"Bergamo|Bergame", "24121|24122", "035", 7, ""},
};
constexpr sv it_streets[] = {"Via Roma", "Via Giuseppe Garibaldi", "Via Mazzini", "Corso Vittorio Emanuele II",
                             "Via Dante Alighieri", "Piazza della Repubblica", "Via Cavour", "Via Giuseppe Verdi",
                             "Via del Corso", "Via Nazionale", "Corso Italia", "Via Guglielmo Marconi",
                             "Via XX Settembre", "Viale dei Mille", "Via San Giovanni", "Via Alessandro Manzoni"};
constexpr sv it_line2[] = {"Scala B", "Interno 5", "Piano 3", "Int. 12"};
constexpr sv it_providers[] = {"gmail.com", "libero.it", "hotmail.it", "yahoo.it", "virgilio.it", "alice.it",
                               "tiscali.it", "outlook.it"};
constexpr sv it_words[] = {"Impianti", "Costruzioni", "Consulenze", "Trasporti", "Servizi", "Informatica"};
constexpr sv it_forms[] = {"S.r.l.", "S.p.A.", "Srl"};

// --- United Kingdom -----------------------------------------------------------------------------
constexpr MobileRange gb_mobiles[] = {{"77", 10}, {"78", 10}, {"79", 10}, {"74", 10}, {"75", 10}, {"73", 10}};
constexpr City gb_cities[] = {
    {"London|Londres|Londra", "SW1A 2AA|SW3 4HN|E1 6AN|N1 9GU|W1D 3QF|SE1 7PB|NW3 2QG|EC2A 4NE|WC2N 5DU", "207", 7, ""},
    {"Manchester", "M1 1AE|M4 5JD|M14 5TP|M20 2RN", "161", 7, ""},
    {"Birmingham", "B1 1BB|B5 4BU|B15 2TT", "121", 7, "", "234567"},
    {"Leeds", "LS1 4DY|LS6 2AB|LS11 5TQ", "113", 7, "", "23458"},
    {"Glasgow|Glasgou", "G1 1XQ|G12 8QQ|G41 2PE", "141", 7, ""},
    {"Edinburgh|Édimbourg|Edimburgo", "EH1 1YZ|EH3 9DR|EH10 4BF", "131", 7, "", "2345678"},
    {"Bristol", "BS1 5TR|BS8 1TH", "117", 7, "", "2349"},
    {"Liverpool", "L1 8JQ|L17 7DE", "151", 7, ""},
    {"Oxford", "OX1 2JD|OX4 1AA", "1865", 6, ""},
    {"Cambridge", "CB2 1TN|CB1 2JD", "1223", 6, ""},
    {"Brighton", "BN1 1AE|BN2 1TW", "1273", 6, ""},
    {"Cardiff|Caerdydd", "CF10 1EP|CF24 3AA", "292", 7, ""},
};
constexpr sv gb_streets[] = {"High Street", "Station Road", "Church Lane", "Victoria Road", "Park Road",
                             "Main Street", "Green Lane", "Manor Road", "Church Street", "London Road", "Kings Road",
                             "Queens Road", "New Road", "Mill Lane", "The Crescent", "Grange Road", "Albert Road"};
constexpr sv gb_line2[] = {"Flat 3", "Flat 12B", "Apartment 4", "Rose Cottage", "The Old Rectory"};
constexpr sv gb_providers[] = {"gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com",
                               "sky.com", "icloud.com", "live.co.uk"};
constexpr sv gb_words[] = {"Consulting", "Logistics", "Engineering", "Holdings", "Partners", "Solutions"};
constexpr sv gb_forms[] = {"Ltd", "LLP", "plc", "Limited"};

// --- United States ------------------------------------------------------------------------------
// NANP: a national number is area code + exchange + line; mobiles use the same area codes.
constexpr MobileRange us_mobiles[] = {{"917", 10}, {"646", 10}, {"347", 10}, {"310", 10}, {"424", 10},
                                      {"312", 10}, {"773", 10}, {"832", 10}, {"617", 10}, {"415", 10},
                                      {"206", 10}, {"786", 10}, {"720", 10}, {"404", 10}};
constexpr City us_cities[] = {
    {"New York|New York City|NYC|Nueva York", "10001|10011|10016|10019|10023|10128", "212", 7, "NY"},
    {"Los Angeles", "90012|90024|90028|90036", "213", 7, "CA"},
    {"Chicago", "60601|60611|60614|60657", "312", 7, "IL"},
    {"Houston", "77002|77006|77019", "713", 7, "TX"},
    {"Boston", "02108|02116|02134", "617", 7, "MA"},
    {"San Francisco", "94103|94110|94117", "415", 7, "CA"},
    {"Seattle", "98101|98103|98109", "206", 7, "WA"},
    {"Miami", "33130|33131|33139", "305", 7, "FL"},
    {"Denver", "80202|80205|80218", "303", 7, "CO"},
    {"Atlanta", "30303|30308|30309", "404", 7, "GA"},
    {"Washington|Washington D.C.", "20001|20005|20009", "202", 7, "DC"},
    {"Philadelphia|Philadelphie", "19103|19106|19147", "215", 7, "PA"},
};
constexpr sv us_streets[] = {"Main Street", "Oak Avenue", "Maple Street", "Park Avenue", "Elm Street",
                             "Washington Blvd", "2nd Street", "Lake Drive", "Pine Street", "Cedar Lane",
                             "Sunset Blvd", "Broadway", "Madison Avenue", "Lincoln Road", "Jefferson Street",
                             "Hillcrest Drive", "Walnut Street", "5th Avenue"};
constexpr sv us_line2[] = {"Apt 4B", "Suite 200", "Apt 12", "Unit 3", "Apt 1507"};
constexpr sv us_providers[] = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
                               "comcast.net", "att.net"};
constexpr sv us_words[] = {"Consulting", "Capital", "Technologies", "Partners", "Logistics", "Health"};
constexpr sv us_forms[] = {"Inc.", "LLC", "Corp.", "Inc"};

// --- Belgium ------------------------------------------------------------------------------------
constexpr MobileRange be_mobiles[] = {{"47", 9}, {"48", 9}, {"49", 9}};
constexpr City be_cities[] = {
    {"Bruxelles|Brussel|Brussels|Brüssel|Bruselas", "1000|1050|1060|1180|1200", "2", 7, "", "2345678"},
    {"Antwerpen|Anvers|Antwerp", "2000|2018|2060|2140", "3", 7, "", "2345678"},
    {"Gent|Gand|Ghent", "9000|9040|9050", "9", 7, "", "234"},
    {"Liège|Luik|Liege|Lüttich", "4000|4020|4030", "4", 7, "", "23"},
    {"Brugge|Bruges", "8000|8200", "50", 6, ""},
    {"Namur|Namen", "5000|5100", "81", 6, ""},
    {"Wavre|Waver", "1300|1301", "10", 6, ""},
    {"Mons|Bergen", "7000|7011", "65", 6, ""},
    {"Leuven|Louvain", "3000|3001|3010", "16", 6, ""},
    {"Charleroi", "6000|6001|6010", "71", 6, ""},
};
constexpr sv be_streets[] = {"Rue de la Loi", "Rue Neuve", "Avenue Louise", "Kerkstraat", "Stationsstraat",
                             "Grote Markt", "Rue du Midi", "Chaussée de Waterloo", "Dorpstraat", "Nieuwstraat",
                             "Rue Haute", "Boulevard Anspach", "Meir", "Veldstraat", "Avenue de Tervueren"};
constexpr sv be_line2[] = {"Boîte 3", "bus 12", "2e étage", "bte 5"};
constexpr sv be_providers[] = {"gmail.com", "skynet.be", "telenet.be", "hotmail.com", "proximus.be", "outlook.be"};
constexpr sv be_words[] = {"Consulting", "Services", "Bouw", "Invest", "Engineering", "Transport"};
constexpr sv be_forms[] = {"SRL", "NV", "BV", "SA", "SPRL"};

// --- Switzerland --------------------------------------------------------------------------------
constexpr MobileRange ch_mobiles[] = {{"79", 9}, {"78", 9}, {"76", 9}, {"77", 9}, {"75", 9}};
constexpr City ch_cities[] = {
    {"Zürich|Zurich|Zurigo|Zuerich", "8001|8003|8004|8005|8032|8050", "44", 7, ""},
    {"Genève|Geneva|Genf|Ginevra|Geneve", "1201|1202|1203|1204|1205|1206", "22", 7, ""},
    {"Bern|Berne|Berna", "3005|3006|3011|3012|3013", "31", 7, ""},
    {"Basel|Bâle|Basilea|Basle", "4051|4052|4053|4055|4057", "61", 7, ""},
    {"Lausanne|Losanna", "1003|1004|1005|1006|1007", "21", 7, ""},
    {"Luzern|Lucerne|Lucerna", "6003|6004|6005", "41", 7, ""},
    {"St. Gallen|Saint-Gall|Sankt Gallen|St Gallen", "9000|9008|9010", "71", 7, ""},
    {"Lugano", "6900|6901", "91", 7, ""},
    {"Fribourg|Freiburg", "1700|1701", "26", 7, ""},
    {"Neuchâtel|Neuenburg|Neuchatel", "2000", "32", 7, ""},
    {"Sion|Sitten", "1950|1951", "27", 7, ""},
};
constexpr sv ch_streets[] = {"Bahnhofstrasse", "Hauptstrasse", "Dorfstrasse", "Rue du Rhône", "Rue de Lausanne",
                             "Kirchgasse", "Seestrasse", "Avenue de la Gare", "Via Nassa", "Rue du Marché",
                             "Schulhausstrasse", "Poststrasse", "Chemin des Vignes", "Route de Genève",
                             "Industriestrasse", "Rosenweg"};
constexpr sv ch_line2[] = {"Postfach", "Case postale 12", "App. 3", "c/o Keller"};
constexpr sv ch_providers[] = {"gmail.com", "bluewin.ch", "gmx.ch", "hotmail.com", "sunrise.ch", "hispeed.ch"};
constexpr sv ch_words[] = {"Treuhand", "Consulting", "Immobilien", "Engineering", "Pharma", "Uhren"};
constexpr sv ch_forms[] = {"AG", "GmbH", "SA", "Sàrl"};

// --- Netherlands --------------------------------------------------------------------------------
constexpr MobileRange nl_mobiles[] = {{"61", 9}, {"62", 9}, {"63", 9}, {"64", 9}, {"65", 9}};
constexpr City nl_cities[] = {
    {"Amsterdam", "1011 AB|1012 JS|1015 BA|1017 CE|1052 AX|1071 XX|1091 GH", "20", 7, ""},
    {"Rotterdam", "3011 AD|3012 CN|3014 GA|3022 BB", "10", 7, ""},
    {"Den Haag|'s-Gravenhage|La Haye|The Hague", "2511 AA|2513 AB|2517 KJ|2585 EA", "70", 7, ""},
    {"Utrecht", "3511 LX|3512 JE|3581 KA", "30", 7, ""},
    {"Eindhoven", "5611 AZ|5616 LZ", "40", 7, ""},
    {"Groningen|Groningue", "9711 LM|9712 CP", "50", 7, ""},
    {"Arnhem", "6811 CD|6822 BB", "26", 7, ""},
    {"Maastricht|Maëstricht", "6211 CK|6221 BN", "43", 7, ""},
    {"Haarlem", "2011 PP|2012 ES", "23", 7, ""},
    {"Leiden|Leyde", "2311 EZ|2312 AB", "71", 7, ""},
};
constexpr sv nl_streets[] = {"Kerkstraat", "Hoofdstraat", "Dorpsstraat", "Stationsweg", "Molenstraat",
                             "Schoolstraat", "Prinsengracht", "Herengracht", "Keizersgracht", "Julianastraat",
                             "Wilhelminastraat", "Beatrixlaan", "Nieuwstraat", "Marktplein", "Parallelweg"};
constexpr sv nl_line2[] = {"2 hoog", "huis", "A", "3e etage"};
constexpr sv nl_providers[] = {"gmail.com", "hotmail.nl", "ziggo.nl", "kpnmail.nl", "live.nl", "outlook.com",
                               "planet.nl"};
constexpr sv nl_words[] = {"Consultancy", "Bouw", "Techniek", "Logistiek", "Vastgoed", "Groep"};
constexpr sv nl_forms[] = {"B.V.", "BV", "N.V."};

// --- Portugal -----------------------------------------------------------------------------------
constexpr MobileRange pt_mobiles[] = {{"91", 9}, {"96", 9}, {"93", 9}, {"92", 9}};
constexpr City pt_cities[] = {
    {"Lisboa|Lisbonne|Lisbon|Lissabon|Lisbona", "1100-053|1200-195|1250-096|1600-209|1700-097", "21", 7, ""},
    {"Porto|Oporto", "4000-322|4050-262|4100-130|4150-171", "22", 7, ""},
    {"Coimbra", "3000-150|3030-320", "239", 6, ""},
    {"Braga", "4700-306|4710-228", "253", 6, ""},
    {"Faro", "8000-138|8005-139", "289", 6, ""},
    {"Aveiro", "3800-200", "234", 6, ""},
    {"Funchal", "9000-060", "291", 6, ""},
    {"Setúbal|Setubal", "2900-280", "265", 6, ""},
    {"Guimarães|Guimaraes", "4800-443", "253", 6, ""},
    {"Évora|Evora", "7000-509", "266", 6, ""},
};
constexpr sv pt_streets[] = {"Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina", "Rua do Carmo",
                             "Rua da Prata", "Rua Direita", "Avenida da República", "Rua de São Bento",
                             "Praça do Comércio", "Rua Garrett", "Avenida dos Aliados", "Rua do Ouro",
                             "Travessa do Carmo", "Rua das Flores", "Largo do Chiado"};
constexpr sv pt_line2[] = {"2º Esq.", "3º Dto.", "R/C", "1º andar"};
constexpr sv pt_providers[] = {"gmail.com", "sapo.pt", "hotmail.com", "outlook.pt", "netcabo.pt", "iol.pt"};
constexpr sv pt_words[] = {"Consultoria", "Construções", "Serviços", "Engenharia", "Comércio"};
constexpr sv pt_forms[] = {"Lda.", "S.A.", "Lda"};

// --- Ukraine ------------------------------------------------------------------------------------
constexpr MobileRange ua_mobiles[] = {{"67", 9}, {"50", 9}, {"97", 9}, {"66", 9}, {"98", 9}, {"68", 9},
                                      {"63", 9}, {"93", 9}, {"95", 9}, {"99", 9}, {"73", 9}, {"96", 9}};
constexpr City ua_cities[] = {
    {"Kyiv|Kiev|Київ|Kiew", "01001|01004|02000|03150|04053", "44", 7, ""},
    {"Lviv|Lvov|Львів|Lemberg", "79000|79005|79008", "32", 7, ""},
    {"Odesa|Odessa|Одеса", "65000|65012|65045", "48", 7, ""},
    {"Kharkiv|Kharkov|Харків", "61000|61002|61022", "57", 7, ""},
    {"Dnipro|Dnipropetrovsk|Дніпро", "49000|49044|49101", "56", 7, ""},
    {"Zaporizhzhia|Zaporojie|Запоріжжя", "69000|69063", "61", 7, ""},
    {"Vinnytsia|Vinnitsa|Вінниця", "21000|21050", "432", 6, ""},
    {"Ivano-Frankivsk|Івано-Франківськ", "76000|76018", "342", 6, ""},
};
constexpr sv ua_streets[] = {"Khreshchatyk", "Shevchenka", "Franka", "Lesi Ukrainky", "Sadova", "Soborna",
                             "Hrushevskoho", "Zelena", "Peremohy", "Volodymyrska", "Bohdana Khmelnytskoho",
                             "Tsentralna", "Shkilna", "Mykhailivska"};
constexpr sv ua_line2[] = {"kv. 12", "kv. 45", "kv. 108", "pid. 2"};
constexpr sv ua_providers[] = {"gmail.com", "ukr.net", "i.ua", "meta.ua", "outlook.com", "icloud.com"};
constexpr sv ua_words[] = {"Agro", "Trade", "Group", "Invest", "IT Solutions", "Logistic"};
constexpr sv ua_forms[] = {"TOV", "LLC", "PrAT"};

// --- Russia -------------------------------------------------------------------------------------
constexpr MobileRange ru_mobiles[] = {{"916", 10}, {"926", 10}, {"903", 10}, {"915", 10}, {"925", 10},
                                      {"985", 10}, {"911", 10}, {"921", 10}, {"960", 10}, {"977", 10}};
constexpr City ru_cities[] = {
    {"Moskva|Moscow|Moscou|Москва|Moskau", "101000|119019|125009|127006|129090", "495", 7, ""},
    {"Sankt-Peterburg|Saint Petersburg|Saint-Pétersbourg|Санкт-Петербург", "190000|191186|197101|199034", "812", 7, ""},
    {"Kazan|Казань", "420111|420015", "843", 7, ""},
    {"Novosibirsk|Новосибирск", "630099|630007", "383", 7, ""},
    {"Yekaterinburg|Ekaterinburg|Iekaterinbourg|Екатеринбург", "620014|620075", "343", 7, ""},
    {"Nizhny Novgorod|Nijni Novgorod|Нижний Новгород", "603005|603000", "831", 7, ""},
    {"Sochi|Sotchi|Сочи", "354000|354065", "862", 7, ""},
    {"Samara|Самара", "443099|443010", "846", 7, ""},
};
constexpr sv ru_streets[] = {"Tverskaya", "Lenina", "Pushkina", "Gagarina", "Sadovaya", "Mira", "Sovetskaya",
                             "Tsentralnaya", "Molodezhnaya", "Shkolnaya", "Lesnaya", "Novaya", "Oktyabrskaya"};
constexpr sv ru_line2[] = {"kv. 17", "kv. 104", "korp. 2", "kv. 56"};
constexpr sv ru_providers[] = {"mail.ru", "gmail.com", "yandex.ru", "rambler.ru", "list.ru", "bk.ru", "inbox.ru"};
constexpr sv ru_words[] = {"Trade", "Stroy", "Invest", "Group", "Neft", "Tekh"};
constexpr sv ru_forms[] = {"OOO", "LLC", "AO"};

// --- China --------------------------------------------------------------------------------------
constexpr MobileRange cn_mobiles[] = {{"138", 11}, {"139", 11}, {"135", 11}, {"136", 11}, {"137", 11},
                                      {"150", 11}, {"151", 11}, {"186", 11}, {"188", 11}, {"189", 11},
                                      {"158", 11}, {"159", 11}, {"130", 11}, {"131", 11}, {"133", 11},
                                      {"180", 11}, {"181", 11}, {"187", 11}, {"152", 11}};
constexpr City cn_cities[] = {
    {"Shanghai|上海|Shanghaï|Schanghai", "200001|200020|200040|200120", "21", 8, "", "2345679"},
    {"Beijing|北京|Pékin|Peking|Pechino", "100010|100020|100027|100600", "10", 8, "", "2345679"},
    {"Guangzhou|广州|Canton", "510030|510120|510620", "20", 8, ""},
    {"Shenzhen|深圳", "518000|518026|518048", "755", 8, ""},
    {"Hangzhou|杭州", "310006|310012", "571", 8, ""},
    {"Chengdu|成都", "610016|610041", "28", 8, ""},
    {"Nanjing|南京|Nankin", "210005|210008", "25", 8, ""},
    {"Wuhan|武汉", "430010|430022", "27", 8, ""},
    {"Xi'an|西安|Xian", "710001|710061", "29", 8, ""},
    {"Tianjin|天津", "300040|300051", "22", 8, ""},
};
constexpr sv cn_streets[] = {"Nanjing Road", "Huaihai Road", "Chang'an Avenue", "Zhongshan Road", "Renmin Road",
                             "Jiefang Road", "Wangfujing Street", "Beijing Road", "Hongqiao Road", "Century Avenue",
                             "Tianhe Road", "Xinhua Road", "Jianguo Road", "Dongfeng Road"};
constexpr sv cn_line2[] = {"Room 1203", "Apt 8-1502", "Building 3, Room 502", "Unit 2-301"};
constexpr sv cn_providers[] = {"qq.com", "163.com", "126.com", "gmail.com", "sina.com", "foxmail.com",
                               "hotmail.com", "139.com"};
constexpr sv cn_words[] = {"Technology", "Trading", "Electronics", "Investment", "Pharmaceutical", "Textile"};
constexpr sv cn_forms[] = {"Co., Ltd.", "Group", "Ltd."};

// --- Japan --------------------------------------------------------------------------------------
constexpr MobileRange jp_mobiles[] = {{"90", 10}, {"80", 10}, {"70", 10}};
constexpr City jp_cities[] = {
    {"Tokyo|Tōkyō|Tokio|東京", "150-0002|160-0022|100-0005|106-0032|153-0064", "3", 8, ""},
    {"Osaka|Ōsaka|大阪", "530-0001|542-0076|556-0011", "6", 8, ""},
    {"Kyoto|Kyōto|京都", "600-8216|604-8005|605-0073", "75", 7, ""},
    {"Yokohama|横浜", "220-0011|231-0023", "45", 7, ""},
    {"Nagoya|名古屋", "460-0008|450-0002", "52", 7, ""},
    {"Sapporo|札幌", "060-0001|064-0820", "11", 7, "", "235678"},
    {"Fukuoka|福岡", "810-0001|812-0011", "92", 7, ""},
    {"Kobe|Kōbe|神戸", "650-0001|650-0021", "78", 7, ""},
};
constexpr sv jp_streets[] = {"Shibuya", "Shinjuku", "Minato-ku", "Chiyoda-ku", "Nakano", "Meguro", "Setagaya",
                             "Ginza", "Umeda", "Namba", "Higashiyama-ku", "Naka-ku", "Chuo-ku", "Kita-ku"};
constexpr sv jp_line2[] = {"Room 305", "Sakura Mansion 1F", "#402", "Heights 201"};
constexpr sv jp_providers[] = {"gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com",
                               "softbank.ne.jp"};
constexpr sv jp_words[] = {"Trading", "Electronics", "Industries", "Shoji", "Systems"};
constexpr sv jp_forms[] = {"Co., Ltd.", "K.K.", "Inc."};

const std::array<CountryInfo, nat_count> countries = {{
    {"FR", "FRA", "33", "0", "France|France|Frankreich|Francia|Francia|法国|Франція",
     "fr|fr-FR", fr_mobiles, fr_cities, fr_streets, "{n} {s}", fr_line2, fr_providers, fr_words, fr_forms, "fr",
     "99AA99999"},
    {"DE", "DEU", "49", "0",
     "Allemagne|Germany|Deutschland|Alemania|Germania|德国|Німеччина|RFA",
     "de|de-DE", de_mobiles, de_cities, de_streets, "{s} {n}", de_line2, de_providers, de_words, de_forms, "de",
     "CXXXXXXXX"},
    {"ES", "ESP", "34", "", "Espagne|Spain|Spanien|España|Spagna|西班牙|Іспанія|Espana", "es|es-ES|ca",
     es_mobiles, es_cities, es_streets, "{s}, {n}", es_line2, es_providers, es_words, es_forms, "es", "AAA999999"},
    {"IT", "ITA", "39", "", "Italie|Italy|Italien|Italia|Italia|意大利|Італія", "it|it-IT",
     it_mobiles, it_cities, it_streets, "{s}, {n}", it_line2, it_providers, it_words, it_forms, "it", "AA9999999"},
    {"GB", "GBR", "44", "0",
     "Royaume-Uni|United Kingdom|Vereinigtes Königreich|Reino Unido|Regno Unito|英国|Велика Британія|UK|"
     "Great Britain|Grande-Bretagne|Angleterre",
     "en-GB|en", gb_mobiles, gb_cities, gb_streets, "{n} {s}", gb_line2, gb_providers, gb_words, gb_forms, "co.uk",
     "999999999"},
    {"US", "USA", "1", "",
     "États-Unis|United States|Vereinigte Staaten|Estados Unidos|Stati Uniti|美国|США|USA|"
     "United States of America|Etats-Unis|U.S.A.",
     "en-US|en", us_mobiles, us_cities, us_streets, "{N} {s}", us_line2, us_providers, us_words, us_forms, "com",
     "A99999999"},
    {"BE", "BEL", "32", "0", "Belgique|Belgium|Belgien|Bélgica|Belgio|比利时|Бельгія|België",
     "fr-BE|nl-BE|fr|nl", be_mobiles, be_cities, be_streets, "{s} {n}", be_line2, be_providers, be_words,
     be_forms, "be", "AA999999"},
    {"CH", "CHE", "41", "0", "Suisse|Switzerland|Schweiz|Suiza|Svizzera|瑞士|Швейцарія",
     "de-CH|fr-CH|it-CH", ch_mobiles, ch_cities, ch_streets, "{s} {n}", ch_line2, ch_providers, ch_words,
     ch_forms, "ch", "A9999999"},
    {"NL", "NLD", "31", "0",
     "Pays-Bas|Netherlands|Niederlande|Países Bajos|Paesi Bassi|荷兰|Нідерланди|Nederland|Holland|Hollande",
     "nl|nl-NL", nl_mobiles, nl_cities, nl_streets, "{s} {n}", nl_line2, nl_providers, nl_words, nl_forms, "nl",
     "AAXXXXXX9"},
    {"PT", "PRT", "351", "", "Portugal|Portugal|Portugal|Portugal|Portogallo|葡萄牙|Португалія",
     "pt-PT|pt", pt_mobiles, pt_cities, pt_streets, "{s}, {n}", pt_line2, pt_providers, pt_words, pt_forms, "pt",
     "A999999"},
    {"UA", "UKR", "380", "0", "Ukraine|Ukraine|Ukraine|Ucrania|Ucraina|乌克兰|Україна", "uk|uk-UA|ru",
     ua_mobiles, ua_cities, ua_streets, "vul. {s}, {n}", ua_line2, ua_providers, ua_words, ua_forms, "com.ua",
     "AA999999"},
    {"RU", "RUS", "7", "8",
     "Russie|Russia|Russland|Rusia|Russia|俄罗斯|Росія|Россия|Russian Federation|Fédération de Russie", "ru|ru-RU",
     ru_mobiles, ru_cities, ru_streets, "ul. {s}, d. {n}", ru_line2, ru_providers, ru_words, ru_forms, "ru",
     "999999999"},
    {"CN", "CHN", "86", "0", "Chine|China|China|China|Cina|中国|Китай|People's Republic of China|中华人民共和国",
     "zh-CN|zh|zh-Hans", cn_mobiles, cn_cities, cn_streets, "{n} {s}", cn_line2, cn_providers, cn_words, cn_forms,
     "cn", "E99999999"},
    {"JP", "JPN", "81", "0", "Japon|Japan|Japan|Japón|Giappone|日本|Японія|Nippon", "ja|ja-JP", jp_mobiles,
     jp_cities, jp_streets, "{j} {s}", jp_line2, jp_providers, jp_words, jp_forms, "co.jp", "AA9999999"},
}};

// Guests of a French hotel group: French first, then the neighbours and the long-haul markets.
constexpr int weights[nat_count] = {44, 8, 6, 6, 7, 5, 5, 4, 3, 3, 3, 2, 3, 1};

}  // namespace

const CountryInfo& country(Nat nat) { return countries[static_cast<std::size_t>(nat)]; }

std::span<const int> nationality_weights() { return weights; }

}  // namespace cardex::gen
