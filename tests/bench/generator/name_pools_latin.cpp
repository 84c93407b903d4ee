// Latin-script name pools, most frequent first (INSEE, Destatis, INE, ISTAT, ONS, US Census, Statbel,
// BFS, CBS, INE-PT and Japanese surname rankings, rounded). "|" separates other spellings of the name
// that passports, OTAs and legacy systems use ("Müller|Mueller", "Sato|Satō|Satoh": Japanese guests
// write their names as in their passport, without macrons).
#include "name_pools.hpp"

namespace cardex::gen {
namespace {

using sv = std::string_view;

constexpr sv fr_male[] = {
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Patrick", "Christophe", "Jacques", "Bernard",
    "André", "Daniel", "François", "Éric", "Laurent", "Stéphane", "Frédéric", "David", "Thomas", "Julien",
    "Sébastien", "Olivier", "Christian", "Gérard", "Pascal", "Claude", "Didier", "Thierry", "Dominique", "Marc",
    "Vincent", "Alexandre", "Jean-Pierre", "Guillaume", "Maxime", "Antoine", "Romain", "Lucas", "Hugo", "Louis",
    "Gabriel", "Léo", "Arthur", "Jules", "Raphaël", "Jean-Claude", "Léonard", "Mathieu", "Benoît", "Jérôme",
    "Cédric", "Hervé", "Yves", "René", "Jean-Luc", "Jean-François", "Jean-Marc", "Gaëtan", "Noël", "Loïc"};
constexpr sv fr_female[] = {
    "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Martine", "Christine", "Monique",
    "Valérie", "Sandrine", "Stéphanie", "Nicole", "Véronique", "Sophie", "Céline", "Chantal", "Patricia", "Anne",
    "Brigitte", "Julie", "Aurélie", "Émilie", "Camille", "Laura", "Manon", "Léa", "Chloé", "Emma", "Inès",
    "Sarah", "Pauline", "Élodie", "Hélène", "Claire", "Juliette", "Lucie", "Margaux", "Océane", "Mathilde",
    "Anaïs", "Charlotte", "Agnès", "Geneviève", "Jacqueline", "Danielle", "Marie-Claire", "Marie-Christine",
    "Anne-Sophie", "Marie-Hélène", "Josiane", "Mireille", "Élise", "Zoé", "Clémence", "Maëlle", "Noémie"};
constexpr sv fr_last[] = {
    "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
    "Simon", "Michel", "Lefebvre|Lefèbvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
    "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller|Müller", "Lefèvre|Lefevre", "Faure",
    "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier",
    "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier",
    "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
    "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
    "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard",
    "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois",
    "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Lecomte", "Lopez", "Dupuis", "Guillot",
    "Hubert", "Berger", "Carpentier", "Sanchez", "Moulin", "Deschamps", "Huet", "Vasseur", "Perez", "Boucher",
    "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charpentier",
    "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet",
    "Léger", "Bouvier", "Prévost", "Millet", "Perrot", "Le Roux", "Cousin", "Germain", "Breton", "Besson",
    "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal",
    "Da Silva", "Lemaître", "Bénard", "Maréchal", "Barthélemy", "N'Diaye", "de La Fontaine", "Saint-Martin",
    "d'Aubigné"};

constexpr sv de_male[] = {
    "Peter", "Michael", "Thomas", "Andreas", "Wolfgang", "Klaus", "Jürgen|Juergen", "Stefan", "Christian", "Uwe",
    "Werner", "Hans", "Frank", "Bernd", "Markus", "Matthias", "Dieter", "Jörg|Joerg", "Sven", "Tobias",
    "Alexander", "Martin", "Florian", "Sebastian", "Daniel", "Jan", "Lukas", "Felix", "Maximilian", "Paul",
    "Jonas", "Leon", "Günter|Guenter", "Horst", "Helmut", "Manfred", "Karl-Heinz", "Hans-Jürgen|Hans-Juergen",
    "Björn|Bjoern", "Kai", "Ralf", "Rüdiger|Ruediger", "Volker", "Torsten", "Dirk"};
constexpr sv de_female[] = {
    "Ursula", "Monika", "Petra", "Elisabeth", "Sabine", "Renate", "Helga", "Karin", "Brigitte", "Ingrid", "Erika",
    "Andrea", "Gisela", "Claudia", "Susanne", "Gabriele", "Christa", "Christine", "Birgit", "Stefanie", "Julia",
    "Anna", "Katharina", "Lena", "Laura", "Sarah", "Lea", "Hannah", "Sophie", "Marie", "Jutta", "Heike", "Anja",
    "Nicole", "Jana", "Doris", "Hildegard", "Käthe|Kaethe", "Bärbel|Baerbel", "Jessica", "Sandra", "Simone",
    "Tanja", "Silke"};
constexpr sv de_last[] = {
    "Müller|Mueller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Schäfer|Schaefer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder|Schroeder", "Neumann",
    "Schwarz", "Zimmermann", "Braun", "Krüger|Krueger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
    "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler|Koehler", "Herrmann",
    "König|Koenig", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller|Moeller",
    "Weiß|Weiss", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther|Guenther", "Frank",
    "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Schuster", "Simon",
    "Ludwig", "Böhm|Boehm", "Winter", "Kraus", "Schumacher", "Krämer|Kraemer", "Vogt", "Stein", "Jäger|Jaeger",
    "Otto", "Sommer", "Groß|Gross", "Seidel", "Heinrich", "Brandt", "Haas", "Schreiber", "Graf", "Schulte",
    "Dietrich", "Ziegler", "Kuhn", "Kühn|Kuehn", "Pohl", "Engel", "Horn", "Busch", "Bergmann", "Voigt", "Sauer",
    "Arnold", "Wolff", "Pfeiffer", "von Bülow|von Buelow", "Oßwald|Osswald"};

constexpr sv es_male[] = {
    "Antonio", "José", "Manuel", "Francisco", "David", "Juan", "Javier", "José Antonio", "Daniel", "José Luis",
    "Francisco Javier", "Carlos", "Jesús", "Alejandro", "Miguel", "José Manuel", "Rafael", "Pedro", "Ángel",
    "Pablo", "Miguel Ángel", "Sergio", "Fernando", "Jorge", "Luis", "Alberto", "Álvaro", "Juan Carlos", "Adrián",
    "Diego", "Raúl", "Enrique", "Ramón", "Rubén", "Iván", "Andrés", "Óscar", "Víctor", "Joaquín", "Santiago",
    "Ignacio", "Hugo", "Mario", "Gonzalo", "Íñigo"};
constexpr sv es_female[] = {
    "María Carmen", "María", "Carmen", "Ana María", "Josefa", "María Pilar", "Isabel", "Laura", "María Dolores",
    "Lucía", "Ana", "Cristina", "María Teresa", "Marta", "Francisca", "Dolores", "Antonia", "Elena", "Pilar",
    "Sara", "Paula", "Raquel", "Rosa María", "Manuela", "Mercedes", "Beatriz", "Julia", "Nuria", "Silvia",
    "Irene", "Patricia", "Rocío", "Alba", "Andrea", "Sofía", "Inés", "Concepción", "Montserrat", "Begoña",
    "Ainhoa", "Nerea", "Almudena", "Lourdes", "Inmaculada"};
constexpr sv es_last[] = {
    "García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
    "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez",
    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina",
    "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez", "Iglesias",
    "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto", "Méndez",
    "Cruz", "Calvo", "Gallego", "Vidal", "León", "Márquez", "Herrera", "Peña", "Flores", "Cabrera", "Campos",
    "Vega", "Fuentes", "Carrasco", "Díez", "Caballero", "Reyes", "Nieto", "Aguilar", "Pascual", "Santana",
    "Herrero", "Lorenzo", "Montero", "Hidalgo", "Giménez", "Ibáñez", "Ferrer", "Durán", "Benítez", "Mora"};

constexpr sv it_male[] = {
    "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro",
    "Salvatore", "Carlo", "Franco", "Domenico", "Bruno", "Paolo", "Michele", "Giorgio", "Aldo", "Sergio",
    "Luciano", "Marco", "Andrea", "Alessandro", "Luca", "Matteo", "Lorenzo", "Davide", "Simone", "Federico",
    "Riccardo", "Stefano", "Roberto", "Fabio", "Massimo", "Maurizio", "Claudio", "Gianluca", "Nicolò|Niccolò",
    "Leonardo", "Tommaso", "Gabriele", "Emanuele", "Daniele", "Alberto", "Enrico"};
constexpr sv it_female[] = {
    "Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Carmela", "Caterina",
    "Francesca", "Anna Maria", "Antonietta", "Carla", "Elena", "Concetta", "Rita", "Margherita", "Franca",
    "Paola", "Giulia", "Sofia", "Aurora", "Alice", "Ginevra", "Emma", "Giorgia", "Martina", "Chiara", "Sara",
    "Valentina", "Alessandra", "Federica", "Silvia", "Laura", "Elisa", "Roberta", "Simona", "Monica", "Barbara",
    "Cristina", "Daniela", "Manuela", "Serena", "Ilaria", "Beatrice"};
constexpr sv it_last[] = {
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
    "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri",
    "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo",
    "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo|Dangelo",
    "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso",
    "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina", "Rizzi",
    "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza", "Testa", "Grassi", "Pellegrino", "Carbone",
    "Giuliani", "Benedetti", "Barone", "Caputo", "Montanari", "Guerra", "Palmieri", "Bernardi", "Fiore",
    "De Rosa", "Ferretti", "Bellini", "Basile", "Riva", "Donati", "Piras", "D'Amico|Damico"};

constexpr sv gb_male[] = {
    "David", "John", "Michael", "Paul", "Andrew", "James", "Mark", "Richard", "Peter", "Robert", "Stephen",
    "Christopher", "Matthew", "Simon", "Ian", "Gary", "Thomas", "William", "Oliver", "George", "Harry", "Jack",
    "Jacob", "Noah", "Charlie", "Oscar", "Leo", "Alfie", "Henry", "Joshua", "Freddie", "Archie", "Ethan",
    "Isaac", "Alexander", "Joseph", "Edward", "Samuel", "Max", "Daniel", "Arthur", "Lucas", "Mohammed", "Theo",
    "Stuart", "Graham", "Neil", "Gareth", "Rhys", "Seán|Sean"};
constexpr sv gb_female[] = {
    "Sarah", "Emma", "Claire", "Helen", "Karen", "Susan", "Elizabeth", "Margaret", "Laura", "Rachel", "Rebecca",
    "Lucy", "Hannah", "Charlotte", "Emily", "Olivia", "Amelia", "Isla", "Ava", "Isabella", "Mia", "Poppy",
    "Ella", "Lily", "Jessica", "Sophie", "Grace", "Freya", "Ruby", "Evie", "Chloe", "Patricia", "Jennifer",
    "Victoria", "Catherine", "Louise", "Nicola", "Joanne", "Gemma", "Kirsty", "Siobhan", "Niamh", "Fiona",
    "Alison", "Deborah", "Amanda", "Zoë|Zoe"};
constexpr sv gb_last[] = {
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
    "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
    "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore",
    "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson",
    "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter",
    "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall",
    "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Wilkinson", "Foster", "Chapman", "Powell", "Webb",
    "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes",
    "O'Brien|OBrien", "O'Connor|OConnor", "McDonald|MacDonald", "MacLeod", "Fitzgerald", "Smythe"};

constexpr sv us_male[] = {
    "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Christopher",
    "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth",
    "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary",
    "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel",
    "Gregory", "Alexander", "Patrick", "Frank", "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "José",
    "Adam", "Nathan", "Henry", "Zachary", "Douglas", "Peter", "Kyle"};
constexpr sv us_female[] = {
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
    "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol",
    "Amanda", "Melissa", "Deborah", "Stephanie", "Dorothy", "Rebecca", "Sharon", "Laura", "Cynthia", "Amy",
    "Kathleen", "Angela", "Shirley", "Brenda", "Emma", "Anna", "Pamela", "Nicole", "Samantha", "Katherine",
    "Christine", "Helen", "Debra", "Rachel", "Carolyn", "Janet", "María|Maria", "Catherine", "Heather"};
constexpr sv us_last[] = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
    "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson",
    "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans",
    "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy",
    "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard",
    "Ramos", "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett",
    "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long",
    "O'Neill|ONeill", "McCarthy", "DeLuca|De Luca"};

constexpr sv be_male[] = {
    "Jean", "Marc", "Luc", "Philippe", "Patrick", "Michel", "Pierre", "Dirk", "Peter", "Jan", "Johan", "Koen",
    "Bart", "Geert", "Wim", "Tom", "Kris", "Stijn", "Pieter", "Thomas", "Nicolas", "Maxime", "Lucas", "Louis",
    "Arthur", "Noah", "Jules", "Guillaume", "Olivier", "Frédéric", "Benoît", "Laurent", "Jef", "Jozef", "Willem",
    "Hendrik", "Filip", "Wouter", "Joris", "Éric"};
constexpr sv be_female[] = {
    "Marie", "Anne", "Martine", "Monique", "Nathalie", "Isabelle", "Christine", "Françoise", "Sophie",
    "Catherine", "Maria", "Rita", "Hilde", "An", "Els", "Katrien", "Sarah", "Julie", "Laura", "Emma", "Louise",
    "Lotte", "Lien", "Eline", "Nele", "Sofie", "Ann", "Inge", "Veerle", "Griet", "Chantal", "Véronique",
    "Caroline", "Valérie", "Céline", "Camille", "Léa", "Elise", "Hanne", "Lisa"};
constexpr sv be_last[] = {
    "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
    "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Hermans", "Aerts", "Michiels", "Lemaire", "Vermeulen",
    "Pauwels", "Desmet", "Van den Broeck", "Van Damme", "Dumont", "De Clercq", "Leclercq", "Lejeune", "Renard",
    "Laurent", "Cools", "Smets", "Verhoeven", "Van de Velde", "Denis", "Declercq", "Gérard", "François",
    "De Backer", "Dupuis", "Willaert", "Stevens", "Vandenberghe", "Van Dyck", "Verstraete", "Vermeersch",
    "Hendrickx", "Segers", "De Vos", "Bogaerts", "Verbeke", "Wuyts", "Lenaerts", "Coppens", "Maertens",
    "Claeys", "Mathieu", "Jansen", "Mercier", "Collard", "Leroy", "Charlier"};

constexpr sv ch_male[] = {
    "Daniel", "Peter", "Thomas", "Hans", "Christian", "Martin", "Andreas", "Marco", "Markus", "Michael", "Urs",
    "Beat", "Reto", "Stefan", "Bruno", "Walter", "Rolf", "Kurt", "Luca", "Noah", "Leon", "Liam", "Nicolas",
    "Jean", "Pierre", "Philippe", "Laurent", "Olivier", "Fabian", "Matthias", "Roger", "Patrick",
    "Jürg|Juerg|Jurg", "Ueli", "Adrian", "Samuel", "David", "Simon", "Lukas", "Jonas", "Gian", "Mattia"};
constexpr sv ch_female[] = {
    "Maria", "Anna", "Ursula", "Sandra", "Ruth", "Elisabeth", "Verena", "Monika", "Daniela", "Barbara",
    "Claudia", "Christine", "Nicole", "Brigitte", "Silvia", "Franziska", "Andrea", "Esther", "Karin", "Marianne",
    "Regula", "Susanne", "Cornelia", "Priska", "Mia", "Emma", "Lea", "Lina", "Sophie", "Chloé", "Laura", "Sara",
    "Julia", "Nathalie", "Isabelle", "Sabine", "Manuela", "Corinne", "Françoise", "Marie"};
constexpr sv ch_last[] = {
    "Müller|Mueller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer", "Steiner", "Fischer",
    "Gerber", "Brunner", "Baumann", "Frei", "Zimmermann", "Moser", "Widmer", "Wyss", "Graf", "Roth", "Suter",
    "Baumgartner", "Bachmann", "Studer", "Bühler|Buehler", "Kälin|Kaelin", "Bieri", "Hofer", "Lüthi|Luethi",
    "Käser|Kaeser", "Rochat", "Favre", "Rey", "Bonvin", "Perret", "Pittet", "Dubois", "Blanc", "Jaquet",
    "Mottier", "Bianchi", "Rossi", "Ferrari", "Lombardi", "Fontana", "Sutter", "Egli", "Kunz", "Marti", "Hess",
    "Vogel", "Kaufmann", "Zürcher|Zuercher", "Schürch|Schuerch", "Aebischer", "Rüegg|Rueegg", "Imhof", "Wenger",
    "Lehmann", "Stucki", "Berger", "Ammann", "Wälti|Waelti"};

constexpr sv nl_male[] = {
    "Jan", "Johannes", "Cornelis", "Hendrik", "Willem", "Pieter", "Gerrit", "Jacobus", "Johan", "Dirk", "Peter",
    "Kees", "Hans", "Henk", "Joost", "Maarten", "Bram", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Jesse",
    "Thijs", "Ruben", "Lars", "Bas", "Niels", "Stijn", "Tim", "Mark", "Wouter", "Sander", "Rutger", "Floris",
    "Gijs", "Teun", "Jeroen", "Erik"};
constexpr sv nl_female[] = {
    "Maria", "Johanna", "Anna", "Cornelia", "Elisabeth", "Wilhelmina", "Hendrika", "Geertruida", "Petronella",
    "Sanne", "Lisa", "Emma", "Julia", "Sophie", "Tess", "Anouk", "Femke", "Fleur", "Lotte", "Eva", "Iris",
    "Marieke", "Ingrid", "Annemieke", "Linda", "Monique", "Saskia", "Esther", "Karin", "Mirjam", "Wendy", "Ilse",
    "Sabine", "Nienke", "Roos", "Noa", "Fenna", "Mila", "Jet", "Marloes"};
constexpr sv nl_last[] = {
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
    "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden",
    "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
    "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Jonge", "Kuipers", "van Veen", "Post",
    "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijk"};

constexpr sv pt_male[] = {
    "João", "José", "António", "Francisco", "Manuel", "Joaquim", "Luís", "Carlos", "Paulo", "Pedro", "Rui",
    "Jorge", "Fernando", "Miguel", "Tiago", "Ricardo", "Nuno", "Bruno", "André", "Diogo", "Rodrigo", "Afonso",
    "Tomás", "Duarte", "Gonçalo", "Martim", "Santiago", "Vasco", "Sérgio", "Hugo", "Vítor", "Mário", "Alexandre",
    "Filipe", "Rafael", "Gustavo", "Henrique", "Simão", "Lourenço", "Guilherme"};
constexpr sv pt_female[] = {
    "Maria", "Ana", "Joana", "Sofia", "Beatriz", "Inês", "Mariana", "Catarina", "Rita", "Carolina", "Leonor",
    "Matilde", "Margarida", "Francisca", "Marta", "Sara", "Patrícia", "Sandra", "Cláudia", "Paula", "Isabel",
    "Teresa", "Helena", "Fernanda", "Lúcia", "Rosa", "Conceição", "Fátima", "Graça", "Filipa", "Raquel",
    "Daniela", "Andreia", "Susana", "Vera", "Cristina", "Alice", "Luísa", "Madalena", "Benedita"};
constexpr sv pt_last[] = {
    "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa",
    "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto", "Carvalho",
    "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira", "Monteiro", "Cardoso", "Rocha",
    "Raposo", "Neves", "Coelho", "Cruz", "Cunha", "Pires", "Ramos", "Reis", "Simões", "Antunes", "Matos",
    "Fonseca", "Machado", "Araújo", "Barbosa", "Tavares", "Lourenço", "Castro", "Figueiredo", "Azevedo",
    "Freitas", "Henriques", "Magalhães", "Conceição", "Brito", "Campos", "Batista", "Assunção", "Guerreiro",
    "Baptista", "Sequeira", "Valente"};

constexpr sv jp_male[] = {
    "Hiroshi", "Takashi", "Kenji", "Akira", "Makoto", "Satoshi", "Yuki|Yūki", "Daisuke", "Kazuki", "Haruto",
    "Ren", "Sota|Sōta", "Yuto|Yūto", "Takumi", "Kenta", "Shota|Shōta", "Tatsuya", "Naoki", "Ryo|Ryō|Ryou",
    "Koji|Kōji", "Shinji", "Yoshiro|Yoshirō", "Taro|Tarō", "Ichiro|Ichirō", "Jun"};
constexpr sv jp_female[] = {
    "Yoko|Yōko", "Keiko", "Yuko|Yūko", "Akiko", "Tomoko", "Naoko", "Sachiko", "Mariko", "Yumi", "Aya", "Yui",
    "Hina", "Sakura", "Mei", "Rin", "Misaki", "Haruka", "Emi", "Kaori", "Megumi", "Ayumi", "Miho", "Nana",
    "Chihiro", "Asuka"};
constexpr sv jp_last[] = {
    "Sato|Satō|Satoh", "Suzuki", "Takahashi", "Tanaka", "Ito|Itō|Itoh", "Watanabe", "Yamamoto", "Nakamura",
    "Kobayashi", "Kato|Katō|Katoh", "Yoshida", "Yamada", "Sasaki", "Yamaguchi", "Matsumoto", "Inoue", "Kimura",
    "Hayashi", "Saito|Saitō|Saitoh", "Shimizu", "Yamazaki", "Mori", "Abe", "Ikeda", "Hashimoto", "Yamashita",
    "Ishikawa", "Nakajima", "Maeda", "Fujita", "Ogawa", "Goto|Gotō|Gotoh", "Okada", "Hasegawa", "Murakami",
    "Kondo|Kondō|Kondoh", "Ishii", "Sakamoto", "Endo|Endō|Endoh", "Aoki", "Fujii", "Nishimura", "Fukuda",
    "Ota|Ōta|Ohta", "Miura", "Okamoto", "Matsuda", "Nakagawa", "Ono|Ōno|Ohno", "Harada"};

}  // namespace

NamePools latin_pools(Nat nat) {
    switch (nat) {
    case Nat::FR: return {Script::latin, fr_male, fr_female, fr_last};
    case Nat::DE: return {Script::latin, de_male, de_female, de_last};
    case Nat::ES: return {Script::latin, es_male, es_female, es_last};
    case Nat::IT: return {Script::latin, it_male, it_female, it_last};
    case Nat::GB: return {Script::latin, gb_male, gb_female, gb_last};
    case Nat::US: return {Script::latin, us_male, us_female, us_last};
    case Nat::BE: return {Script::latin, be_male, be_female, be_last};
    case Nat::CH: return {Script::latin, ch_male, ch_female, ch_last};
    case Nat::NL: return {Script::latin, nl_male, nl_female, nl_last};
    case Nat::PT: return {Script::latin, pt_male, pt_female, pt_last};
    case Nat::JP: return {Script::latin, jp_male, jp_female, jp_last};
    default: return world_pools(nat);
    }
}

}  // namespace cardex::gen
