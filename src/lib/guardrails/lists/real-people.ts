/**
 * Real people whose name or likeness a prompt may not use: actors, musicians, athletes,
 * politicians and heads of state, business and tech figures, creators and historical dictators.
 * Compiled from widely published public lists (Forbes Celebrity 100, TIME 100, IMDb STARmeter,
 * heads of state of G20 countries, Olympic and Ballon d'Or winners, Billboard year-end artists).
 *
 * Write full names as people usually write them; accents and hyphens are normalised by the
 * engine, so "Beyoncé" and "beyonce" are the same entry. Add a one-word name only when it cannot
 * mean anything else ("Beyoncé" yes, "Prince" or "Drake" no). Surnames are also matched after
 * likeness phrases ("with Swift", "as Obama"); see LIKENESS_PREFIXES.
 */
export const REAL_PEOPLE: readonly string[] = [
  // Actors
  'Tom Hanks', 'Tom Cruise', 'Brad Pitt', 'Angelina Jolie', 'Leonardo DiCaprio', 'Meryl Streep', 'Denzel Washington',
  'Will Smith', 'Jennifer Lawrence', 'Scarlett Johansson', 'Robert Downey Jr', 'Chris Evans', 'Chris Hemsworth',
  'Chris Pratt', 'Zendaya', 'Tom Holland', 'Timothee Chalamet', 'Dwayne Johnson', 'Dwayne The Rock Johnson', 'Keanu Reeves',
  'Johnny Depp', 'Morgan Freeman', 'Samuel L Jackson', 'Harrison Ford', 'Emma Watson', 'Emma Stone', 'Daniel Radcliffe',
  'Rupert Grint', 'Margot Robbie', 'Ryan Gosling', 'Ryan Reynolds', 'Hugh Jackman', 'Jennifer Aniston', 'Julia Roberts',
  'Nicole Kidman', 'Sandra Bullock', 'Anne Hathaway', 'Natalie Portman', 'Cate Blanchett', 'Kate Winslet', 'Matt Damon',
  'Ben Affleck', 'George Clooney', 'Jim Carrey', 'Robin Williams', 'Eddie Murphy', 'Adam Sandler', 'Jack Black',
  'Kevin Hart', 'Jackie Chan', 'Bruce Lee', 'Jet Li', 'Arnold Schwarzenegger', 'Sylvester Stallone', 'Jason Statham',
  'Vin Diesel', 'Mark Wahlberg', 'Christian Bale', 'Heath Ledger', 'Joaquin Phoenix', 'Benedict Cumberbatch',
  'Tom Hiddleston', 'Idris Elba', 'Pedro Pascal', 'Henry Cavill', 'Gal Gadot', 'Jason Momoa', 'Chadwick Boseman',
  'Michael B Jordan', 'Lupita Nyongo', 'Viola Davis', 'Halle Berry', 'Octavia Spencer', 'Florence Pugh', 'Anya Taylor-Joy',
  'Jenna Ortega', 'Millie Bobby Brown', 'Sydney Sweeney', 'Cillian Murphy', 'Robert Pattinson', 'Kristen Stewart',
  'Emma Thompson', 'Helen Mirren', 'Judi Dench', 'Maggie Smith', 'Ian McKellen', 'Patrick Stewart', 'Anthony Hopkins',
  'Michael Caine', 'Gary Oldman', 'Daniel Craig', 'Pierce Brosnan', 'Sean Connery', 'Rowan Atkinson', 'Hugh Grant',
  'Colin Firth', 'Orlando Bloom', 'Elijah Wood', 'Viggo Mortensen', 'Jeff Goldblum', 'Bill Murray', 'Steve Carell',
  'Jack Nicholson', 'Al Pacino', 'Robert De Niro', 'Marlon Brando', 'Clint Eastwood', 'Marilyn Monroe', 'Audrey Hepburn',
  'Charlie Chaplin', 'Elizabeth Taylor', 'Grace Kelly', 'James Dean', 'Shah Rukh Khan', 'Amitabh Bachchan',
  'Priyanka Chopra', 'Deepika Padukone', 'Salman Khan', 'Aamir Khan', 'Mr Beast', 'MrBeast', 'Jenna Coleman',
  'Zac Efron', 'Channing Tatum', 'Owen Wilson', 'Ben Stiller', 'Jonah Hill', 'Seth Rogen', 'Melissa McCarthy',
  'Reese Witherspoon', 'Jennifer Garner', 'Cameron Diaz', 'Drew Barrymore', 'Lindsay Lohan', 'Mila Kunis', 'Ashton Kutcher',
  'Sarah Jessica Parker', 'Jennifer Coolidge', 'Paul Rudd', 'Mark Ruffalo', 'Jeremy Renner', 'Elizabeth Olsen',
  'Benedict Wong', 'Danny DeVito', 'Betty White', 'Oprah Winfrey', 'Ellen DeGeneres', 'Jimmy Fallon', 'Jimmy Kimmel',
  'Conan OBrien', 'David Letterman', 'Stephen Colbert', 'Trevor Noah', 'Gordon Ramsay', 'David Attenborough',
  'Kim Kardashian', 'Kylie Jenner', 'Kendall Jenner', 'Khloe Kardashian', 'Paris Hilton', 'Martha Stewart',
  'Austin Butler', 'Amber Heard', 'Jenna Marbles', 'Glen Powell', 'Finn Wolfhard', 'Hailee Steinfeld', 'Ana de Armas',
  'Daniel Kaluuya', 'Dev Patel', 'Simu Liu', 'Awkwafina', 'Michelle Yeoh', 'Ke Huy Quan', 'Jamie Lee Curtis', 'Brendan Fraser',
  // Musicians
  'Taylor Swift', 'T Swift', 'Beyonce', 'Rihanna', 'Lady Gaga', 'Ariana Grande', 'Billie Eilish', 'Olivia Rodrigo', 'Dua Lipa',
  'Ed Sheeran', 'Harry Styles', 'Justin Bieber', 'Selena Gomez', 'Miley Cyrus', 'Katy Perry', 'Bruno Mars', 'The Weeknd',
  'Drake Graham', 'Kanye West', 'Ye West', 'Jay-Z', 'Eminem', 'Snoop Dogg', 'Kendrick Lamar', 'Nicki Minaj', 'Cardi B',
  'Doja Cat', 'Lizzo', 'SZA', 'Post Malone', 'Travis Scott', 'Bad Bunny', 'Shakira', 'Jennifer Lopez', 'J Lo',
  'Adele', 'Sam Smith', 'Shawn Mendes', 'Camila Cabello', 'Charli XCX', 'Sabrina Carpenter', 'Chappell Roan',
  'Michael Jackson', 'Madonna', 'Elvis Presley', 'Freddie Mercury', 'David Bowie', 'John Lennon', 'Paul McCartney',
  'Ringo Starr', 'George Harrison', 'Mick Jagger', 'Elton John', 'Bob Dylan', 'Bob Marley', 'Whitney Houston',
  'Mariah Carey', 'Celine Dion', 'Dolly Parton', 'Johnny Cash', 'Frank Sinatra', 'Stevie Wonder', 'Aretha Franklin',
  'Prince Rogers Nelson', 'Tupac Shakur', 'Tupac', 'Notorious BIG', 'Kurt Cobain', 'Jimi Hendrix', 'Ozzy Osbourne',
  'Bruce Springsteen', 'Billy Joel', 'Britney Spears', 'Christina Aguilera', 'Justin Timberlake', 'Pharrell Williams',
  'Usher Raymond', 'Chris Brown', 'Alicia Keys', 'John Legend', 'Lil Nas X', 'Lil Wayne', 'Ice Spice', 'Megan Thee Stallion',
  'Jungkook', 'Jimin', 'Blackpink', 'Lisa Manoban', 'Jennie Kim', 'Psy', 'Luciano Pavarotti', 'Andrea Bocelli',
  'Yo-Yo Ma', 'Lang Lang', 'Gwen Stefani', 'Avril Lavigne', 'Pink Floyd', 'Coldplay', 'Chris Martin', 'Bono', 'Sting Sumner',
  'Dr Dre', 'Ice Cube', '50 Cent', 'Lionel Richie', 'Tina Turner', 'Cher Sarkisian', 'Barbra Streisand',
  'Kanye', 'Oprah', 'Karol G', 'Peso Pluma',
  // Athletes
  'Usain Bolt', 'Michael Jordan', 'LeBron James', 'LeBron', 'Kobe Bryant', 'Stephen Curry', 'Shaquille ONeal', 'Kevin Durant',
  'Giannis Antetokounmpo', 'Serena Williams', 'Venus Williams', 'Roger Federer', 'Rafael Nadal', 'Novak Djokovic',
  'Andy Murray', 'Naomi Osaka', 'Carlos Alcaraz', 'Cristiano Ronaldo', 'Lionel Messi', 'Neymar', 'Kylian Mbappe',
  'Erling Haaland', 'David Beckham', 'Wayne Rooney', 'Harry Kane', 'Jordan Pickford', 'Bukayo Saka', 'Noel Gallagher', 'Liam Gallagher', 'Mohamed Salah', 'Zlatan Ibrahimovic', 'Pele',
  'Diego Maradona', 'Zinedine Zidane', 'Ronaldinho', 'Muhammad Ali', 'Mike Tyson', 'Floyd Mayweather', 'Conor McGregor',
  'Tiger Woods', 'Tom Brady', 'Patrick Mahomes', 'Travis Kelce', 'Simone Biles', 'Michael Phelps', 'Lewis Hamilton',
  'Max Verstappen', 'Michael Schumacher', 'Ayrton Senna', 'Wayne Gretzky', 'Babe Ruth', 'Shohei Ohtani', 'Tony Hawk',
  'Shaun White', 'Sachin Tendulkar', 'Virat Kohli', 'Eliud Kipchoge', 'Mo Farah', 'Caitlin Clark', 'Megan Rapinoe',
  'Messi', 'Ronaldo', 'Mo Salah', 'Mohamed Salah', 'Coco Gauff',
  // Politicians, heads of state and royals
  'Donald Trump', 'Trump', 'Joe Biden', 'Biden', 'Kamala Harris', 'Barack Obama', 'Barack', 'Obama', 'Michelle Obama',
  'Hillary Clinton', 'Bill Clinton', 'George W Bush', 'George Bush', 'Ronald Reagan', 'Richard Nixon', 'John F Kennedy',
  'JFK', 'Abraham Lincoln', 'George Washington', 'Franklin Roosevelt', 'Theodore Roosevelt', 'Jimmy Carter',
  'JD Vance', 'Mike Pence', 'Nancy Pelosi', 'Bernie Sanders', 'Alexandria Ocasio-Cortez', 'AOC', 'Ron DeSantis',
  'Mitch McConnell', 'Vladimir Putin', 'Putin', 'Volodymyr Zelensky', 'Zelensky', 'Xi Jinping', 'Kim Jong Un',
  'Kim Jong Il', 'Kim Il Sung', 'Narendra Modi', 'Emmanuel Macron', 'Macron', 'Angela Merkel', 'Olaf Scholz',
  'Friedrich Merz', 'Rishi Sunak', 'Keir Starmer', 'Boris Johnson', 'Theresa May', 'Liz Truss', 'Margaret Thatcher',
  'Tony Blair', 'Winston Churchill', 'Nigel Farage', 'Justin Trudeau', 'Mark Carney', 'Giorgia Meloni',
  'Recep Tayyip Erdogan', 'Erdogan', 'Benjamin Netanyahu', 'Netanyahu', 'Jair Bolsonaro', 'Lula da Silva',
  'Javier Milei', 'Viktor Orban', 'Marine Le Pen', 'Pedro Sanchez', 'Anthony Albanese', 'Jacinda Ardern', 'Fumio Kishida',
  'Shinzo Abe', 'Moon Jae-in', 'Yoon Suk Yeol', 'Lee Jae-myung', 'Cyril Ramaphosa', 'Nelson Mandela', 'Mahatma Gandhi',
  'Indira Gandhi', 'Rahul Gandhi', 'Ali Khamenei', 'Bashar al-Assad', 'Mohammed bin Salman', 'Alexander Lukashenko',
  'Nicolas Maduro', 'Hugo Chavez', 'Fidel Castro', 'Che Guevara', 'Dalai Lama', 'Pope Francis', 'Pope Leo',
  'Queen Elizabeth', 'King Charles', 'King of England', 'Queen of England', 'British king', 'British queen', 'English king', 'King of the United Kingdom',
  'founder of amazon', 'founded amazon', 'amazon founder', 'amazon s founder', 'microsoft founder', 'founder of microsoft', 'facebook founder', 'apple founder', 'founder of tesla', 'founder of facebook', 'founded facebook', 'founder of apple', 'founded apple',
  'host of the late show', 'richest man in the world', 'the Rock', 'swedish climate activist', 'the climate activist girl', 'young climate activist with braids', 'actor who played harry potter', 'boy wizard actor', 'the actor from harry potter', 'host who gives away cars', 'gives away cars to the audience', 'you get a car', 'richest person in the world', 'richest woman in the world', 'Prince William', 'Prince Harry', 'Kate Middleton', 'Meghan Markle', 'Princess Diana',
  'Martin Luther King', 'Malcolm X', 'Greta Thunberg', 'Malala Yousafzai',
  'the Pope', 'Joe Rogan', 'Malala', 'Malala Yousafzai',
  // Dictators and historical figures whose image is a hate symbol or propaganda
  'Adolf Hitler', 'Hitler', 'Joseph Stalin', 'Stalin', 'Benito Mussolini', 'Mussolini', 'Mao Zedong', 'Chairman Mao',
  'Pol Pot', 'Saddam Hussein', 'Muammar Gaddafi', 'Idi Amin', 'Francisco Franco', 'Augusto Pinochet', 'Osama bin Laden',
  'Heinrich Himmler', 'Joseph Goebbels', 'Vladimir Lenin', 'Lenin', 'Leon Trotsky', 'Napoleon Bonaparte',
  // Business, tech and media figures
  'Elon Musk', 'Elon', 'Jeff Bezos', 'Bezos', 'Mark Zuckerberg', 'Zuckerberg', 'Bill Gates', 'Steve Jobs', 'Tim Cook',
  'Sundar Pichai', 'Satya Nadella', 'Sam Altman', 'Jensen Huang', 'Larry Page', 'Sergey Brin', 'Warren Buffett',
  'Richard Branson', 'Jack Ma', 'Peter Thiel', 'Steve Wozniak', 'Walt Disney', 'Stan Lee', 'George Lucas',
  'Steven Spielberg', 'James Cameron', 'Christopher Nolan', 'Quentin Tarantino', 'Tim Burton', 'Hayao Miyazaki',
  'JK Rowling', 'Stephen King', 'Stephen Hawking', 'Albert Einstein', 'Neil deGrasse Tyson', 'Bill Nye', 'Bob Ross',
  'Jeffrey Epstein', 'Andrew Tate', 'PewDiePie', 'Logan Paul', 'Jake Paul', 'KSI', 'Ninja Blevins', 'Markiplier',
  'Jacksepticeye', 'Kai Cenat', 'IShowSpeed', 'Charli DAmelio', 'Addison Rae', 'Khaby Lame',
];

/**
 * Words that, before a real person's surname, ask for that person's likeness: "Pip with Swift",
 * "Nova as Obama", "a fox that looks like Musk". The surname must be capitalised: "with swift
 * wings" is an adjective, "with Swift" is a person.
 */
export const LIKENESS_PREFIXES: readonly string[] = [
  'with', 'as', 'like', 'looks like', 'look like', 'looking like', 'face of', 'voice of', 'dressed as', 'dressed like',
  'impersonating', 'impersonates', 'pretending to be', 'pretends to be', 'in the style of',
];

/**
 * Surnames that are also everyday words or places ("Pip looks like Stone", "as fast as Mars"):
 * never matched on their own after a likeness prefix; the full name still is.
 */
export const COMMON_WORD_SURNAMES: readonly string[] = [
  'black', 'brown', 'cash', 'cook', 'day', 'ford', 'grant', 'green', 'hill', 'james', 'john', 'jordan',
  'king', 'mars', 'may', 'page', 'rock', 'rose', 'smith', 'stone', 'white', 'wood', 'young', 'lane',
  'turner', 'martin', 'kelly', 'ross', 'harry', 'william', 'charles', 'elizabeth', 'francis', 'curry',
  'paul', 'craig', 'phoenix', 'murray', 'washington', 'lincoln', 'lama', 'diesel',
];
