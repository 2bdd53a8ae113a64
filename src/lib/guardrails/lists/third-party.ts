/**
 * Characters, franchises and studios that belong to other rights holders. Compiled from the
 * public character rosters of the studios named in each group (Disney/Pixar, Marvel, DC,
 * Nintendo, The Pokémon Company, Sega, Sanrio, Lucasfilm, Warner Bros., Hanna-Barbera,
 * DreamWorks, Illumination, Nickelodeon, Cartoon Network, anime studios, toy and game companies).
 *
 * A one-word name is listed only when it has no everyday meaning ("Pikachu" yes, "Frozen" or
 * "Link" no: those are written with their franchise, "Link from Zelda" is caught by "Zelda"), or
 * when it is also an everyday word but the name is far more often meant capitalised ("Goofy",
 * "Stitch", "Venom": CAPITALISED_NAMES below). Names equal to a licensed character's alias are ignored by the engine, so Disney's
 * "Bolt" can never shadow Kinora's Bolt. Add names in their usual spelling.
 */
export const THIRD_PARTY_CHARACTERS: readonly string[] = [
  // Disney
  'Disney', 'Disneyland', 'Mickey Mouse', 'Minnie Mouse', 'Donald Duck', 'Daisy Duck', 'Goofy the dog', 'Pluto the dog', 'Chip and Dale',
  'Winnie the Pooh', 'Pooh Bear', 'Pooh', 'Tigger', 'Eeyore', 'Snow White', 'Cinderella', 'Sleeping Beauty', 'Maleficent',
  'Little Mermaid', 'Princess Ariel', 'Beauty and the Beast', 'Aladdin', 'Princess Jasmine', 'Jafar', 'Mulan',
  'Grandmother Willow', 'Meeko', 'fish are friends', 'Pocahontas', 'Rapunzel', 'Merida', 'Moana', 'Elsa', 'Queen Elsa', 'Princess Anna', 'Olaf the snowman', 'Olaf', 'Frozen movie',
  'Simba', 'Mufasa', 'Lion King', 'Timon and Pumbaa', 'Pumbaa', 'Dumbo', 'Bambi', 'Thumper', 'Pinocchio', 'Jiminy Cricket',
  'Peter Pan', 'Tinker Bell', 'Captain Hook', 'Lilo and Stitch', 'Stitch from Lilo', 'Experiment 626', 'Cruella de Vil',
  'Kuzco', 'Kronk', 'Zootopia', 'Judy Hopps', 'Nick Wilde', 'Wreck-It Ralph', 'Vanellope', 'Baymax', 'Big Hero 6',
  'Encanto', 'Mirabel Madrigal', 'Raya and the Last Dragon', 'Oswald the Lucky Rabbit', 'Scrooge McDuck', 'DuckTales',
  'Huey Dewey and Louie', 'Darkwing Duck', 'Chip n Dale', 'Sebastian the crab', 'Flounder the fish', 'Ursula the sea witch',
  'Genie from Aladdin', 'Rafiki', 'Zazu', 'Baloo', 'Mowgli', 'Jungle Book', 'Robin Hood fox', 'Herbie the Love Bug',
  // Pixar
  'Pixar', 'Buzz Lightyear', 'Sheriff Woody', 'Toy Story', 'Jessie the cowgirl', 'Lightning McQueen', 'Tow Mater',
  'Finding Nemo', 'Nemo the clownfish', 'Dory', 'Wall-E', 'Ratatouille', 'Remy the rat', 'Mike Wazowski', 'Sulley',
  'Monsters Inc', 'Carl Fredricksen', 'The Incredibles', 'Mr Incredible', 'Elastigirl', 'Edna Mode', 'Jack-Jack',
  'Inside Out', 'Bing Bong', 'Luxo Jr', 'Turning Red', 'Lotso', 'Forky',
  // Marvel
  'Marvel Comics', 'Marvel Studios', 'Marvel superhero', 'Marvel Universe', 'MCU', 'Avengers', 'Spider-Man', 'Spiderman', 'Spidey',
  'Peter Parker', 'Miles Morales', 'Iron Man', 'Tony Stark', 'Captain America', 'Steve Rogers', 'Thor Odinson',
  'Mighty Thor', 'Hulk', 'Incredible Hulk', 'Bruce Banner', 'She-Hulk', 'Black Widow', 'Natasha Romanoff', 'Hawkeye',
  'Black Panther', 'Wakanda', 'Doctor Strange', 'Scarlet Witch', 'Wanda Maximoff', 'Ant-Man',
  'Wolverine', 'Deadpool', 'Thanos', 'Loki', 'Groot', 'Rocket Raccoon', 'Gamora', 'Star-Lord', 'Guardians of the Galaxy',
  'Venom symbiote', 'Carnage symbiote', 'X-Men', 'Magneto', 'Professor X', 'Cyclops from X-Men', 'Jean Grey', 'Captain Marvel',
  'Ms Marvel', 'Daredevil', 'Punisher', 'Nick Fury', 'Silver Surfer', 'Fantastic Four', 'Galactus', 'Ultron', 'Shang-Chi',
  'Moon Knight', 'Green Goblin', 'Doctor Octopus', 'Doc Ock', 'Mysterio', 'Kang the Conqueror', 'Howard the Duck',
  // DC
  'DC Comics', 'Batman', 'Bruce Wayne', 'Superman', 'Clark Kent', 'Wonder Woman', 'The Flash', 'Barry Allen', 'Aquaman',
  'Green Lantern', 'The Joker', 'Harley Quinn', 'Catwoman', 'Batgirl', 'Supergirl', 'Lex Luthor', 'The Riddler',
  'Two-Face', 'Poison Ivy', 'Darkseid', 'Justice League', 'Gotham City', 'Kryptonite', 'Shazam', 'Green Arrow',
  'Martian Manhunter', 'Nightwing', 'Teen Titans', 'Beast Boy', 'Starfire', 'Lois Lane', 'Alfred Pennyworth',
  'Batmobile', 'Krypto the Superdog', 'Swamp Thing',
  // Nintendo
  'Nintendo', 'Super Mario', 'Mario Bros', 'Mario', 'Luigi', 'Princess Peach', 'Bowser', 'Yoshi', 'Donkey Kong', 'Diddy Kong',
  'Wario', 'Waluigi', 'Zelda', 'Legend of Zelda', 'Ganondorf', 'Kirby', 'Samus Aran', 'Metroid',
  'Fox McCloud', 'Star Fox', 'Pikmin', 'Captain Olimar', 'Animal Crossing', 'Tom Nook', 'Splatoon',
  'Captain Falcon', 'Smash Bros', 'King Dedede', 'Meta Knight', 'Koopa Troopa', 'Goomba',
  // Pokémon
  'Pokemon', 'Pikachu', 'Charmander', 'Charizard', 'Bulbasaur', 'Squirtle', 'Jigglypuff', 'Eevee', 'Mewtwo', 'Snorlax',
  'Lucario', 'Gengar', 'Psyduck', 'Meowth', 'Ash Ketchum', 'Team Rocket', 'Togepi', 'Magikarp', 'Gyarados', 'Sylveon',
  'Greninja', 'Piplup', 'Rayquaza', 'Dragonite', 'Vaporeon', 'Umbreon', 'Pokeball',
  // Sega and other games
  'Sega', 'Sonic the Hedgehog', 'Sonic', 'Tails the fox', 'Knuckles the Echidna', 'Shadow the Hedgehog', 'Dr Eggman', 'Robotnik',
  'Amy Rose', 'Pac-Man', 'Pacman', 'Minecraft', 'Steve from Minecraft', 'Minecraft Creeper', 'Fortnite', 'Among Us',
  'Roblox', 'Tetris', 'Frogger', 'Crash Bandicoot', 'Spyro', 'Rayman', 'Lara Croft', 'Master Chief', 'Kratos', 'Mega Man',
  'Megaman', 'Street Fighter', 'Chun-Li', 'Mortal Kombat', 'Cuphead', 'Five Nights at Freddys', 'Freddy Fazbear',
  'Huggy Wuggy', 'Undertale', 'Hollow Knight', 'Angry Birds', 'Talking Tom', 'Cut the Rope', 'Overwatch', 'League of Legends',
  'World of Warcraft', 'Sackboy', 'Ratchet and Clank', 'Banjo-Kazooie', 'Bomberman', 'Space Invaders', 'Donkey Kong Country',
  // Sanrio
  'Sanrio', 'Hello Kitty', 'Kuromi', 'My Melody', 'Cinnamoroll', 'Pompompurin', 'Keroppi', 'Badtz-Maru', 'Pochacco', 'Gudetama',
  'Aggretsuko',
  // Lucasfilm
  'Star Wars', 'Darth Vader', 'Darth', 'Luke Skywalker', 'Anakin Skywalker', 'Yoda', 'Baby Yoda', 'Grogu', 'Chewbacca', 'Han Solo',
  'Princess Leia', 'Obi-Wan Kenobi', 'R2-D2', 'C-3PO', 'BB-8', 'Stormtrooper', 'Mandalorian', 'Boba Fett', 'Jabba the Hutt',
  'Palpatine', 'Kylo Ren', 'Jedi', 'Sith Lord', 'Lightsaber', 'Death Star', 'Ewok', 'Indiana Jones',
  // Wizarding World and other book and film franchises
  'Harry Potter', 'Hermione Granger', 'Ron Weasley', 'Dumbledore', 'Voldemort', 'Hagrid', 'Severus Snape', 'Draco Malfoy',
  'Hogwarts', 'Dobby', 'Hedwig', 'Quidditch', 'Gryffindor', 'Lord of the Rings', 'Gandalf', 'Frodo', 'Gollum', 'Sauron',
  'Legolas', 'Aragorn', 'Game of Thrones', 'Daenerys', 'Jon Snow', 'Hunger Games', 'Katniss', 'James Bond', 'Agent 007',
  'Godzilla', 'King Kong', 'Terminator', 'RoboCop', 'Xenomorph', 'Ghostbusters', 'Slimer', 'Stay Puft', 'Jurassic Park',
  'Chucky', 'Freddy Krueger', 'Jason Voorhees', 'Pennywise', 'Michael Myers', 'Ghostface', 'Hannibal Lecter',
  'Willy Wonka', 'Oompa Loompa', 'Cat in the Hat', 'Dr Seuss', 'Grinch', 'The Lorax', 'Wheres Waldo', 'Mr Bean',
  'Star Trek', 'Captain Kirk', 'Mr Spock', 'Doctor Who', 'Dalek', 'Tardis', 'Paddington', 'Paddington Bear', 'Peter Rabbit',
  'Gruffalo', 'Very Hungry Caterpillar', 'Clifford the Big Red Dog', 'Curious George', 'Thomas the Tank Engine',
  // Looney Tunes and Hanna-Barbera (Warner Bros.)
  'Looney Tunes', 'Bugs Bunny', 'Daffy Duck', 'Porky Pig', 'Tweety', 'Tweety Bird', 'Sylvester the cat', 'Road Runner',
  'Wile E Coyote', 'Tasmanian Devil Taz', 'Marvin the Martian', 'Elmer Fudd', 'Yosemite Sam', 'Speedy Gonzales',
  'Pepe Le Pew', 'Foghorn Leghorn', 'Lola Bunny', 'Space Jam', 'Hanna-Barbera', 'Scooby-Doo', 'Scooby Doo', 'Scooby',
  'Shaggy Rogers', 'Velma Dinkley', 'Mystery Machine', 'Yogi Bear', 'Boo-Boo Bear', 'Huckleberry Hound', 'Fred Flintstone',
  'Flintstones', 'Barney Rubble', 'Jetsons', 'George Jetson', 'Top Cat', 'Tom and Jerry', 'Snagglepuss',
  'Quick Draw McGraw', 'Magilla Gorilla', 'Hong Kong Phooey', 'Dick Dastardly', 'Muttley', 'Space Ghost', 'Captain Caveman',
  // Nickelodeon, Cartoon Network and TV animation
  'SpongeBob', 'SpongeBob SquarePants', 'Patrick Star', 'Squidward', 'Mr Krabs', 'Sandy Cheeks', 'Bikini Bottom',
  'Dora the Explorer', 'Paw Patrol', 'Rubble from Paw Patrol', 'Blues Clues', 'Rugrats', 'Tommy Pickles', 'Jimmy Neutron',
  'Fairly OddParents', 'Avatar the Last Airbender', 'Aang', 'Korra', 'Teenage Mutant Ninja Turtles', 'Ninja Turtles', 'TMNT',
  'Invader Zim', 'Hey Arnold', 'The Loud House', 'The Simpsons', 'Homer Simpson', 'Bart Simpson', 'Lisa Simpson',
  'Marge Simpson', 'Family Guy', 'Peter Griffin', 'Stewie Griffin', 'Rick and Morty', 'Futurama', 'South Park', 'Eric Cartman',
  'BoJack Horseman', 'Adventure Time', 'Finn the Human', 'Jake the Dog', 'Amazing World of Gumball', 'Steven Universe',
  'Powerpuff Girls', 'Dexters Laboratory', 'Johnny Bravo', 'Courage the Cowardly Dog', 'Ed Edd n Eddy', 'Samurai Jack',
  'Ben 10', 'Phineas and Ferb', 'Perry the Platypus', 'Gravity Falls', 'Kim Possible', 'We Bare Bears', 'Regular Show',
  'Bluey', 'Bingo Heeler', 'Peppa Pig', 'George Pig', 'Bob the Builder', 'Fireman Sam', 'Postman Pat', 'Teletubbies',
  'Tinky Winky', 'Barney the Dinosaur', 'Sesame Street', 'Elmo', 'Big Bird', 'Cookie Monster', 'Oscar the Grouch',
  'Kermit the Frog', 'Kermit', 'Miss Piggy', 'Muppets', 'Fozzie Bear', 'Caillou', 'Arthur the aardvark', 'Pingu', 'Noddy',
  'Hey Duggee', 'Octonauts', 'PJ Masks', 'Cocomelon', 'Baby Shark', 'Masha and the Bear', 'Shaun the Sheep',
  'Wallace and Gromit', 'Gromit', 'Moomin', 'Moomins', 'Miffy', 'Tintin', 'Asterix', 'Obelix', 'Smurfs', 'Smurf',
  'Papa Smurf', 'Garfield', 'Odie', 'Snoopy', 'Charlie Brown', 'Popeye', 'Olive Oyl', 'Betty Boop', 'Felix the Cat',
  'Woody Woodpecker', 'Mighty Mouse', 'Casper the Friendly Ghost', 'Richie Rich', 'Dennis the Menace',
  'Alvin and the Chipmunks', 'Pink Panther', 'Inspector Gadget', 'Strawberry Shortcake', 'Care Bears', 'My Little Pony',
  'Twilight Sparkle', 'Rainbow Dash', 'Pinkie Pie', 'Fluttershy', 'Transformers', 'Optimus Prime', 'Megatron',
  'Bumblebee Transformer', 'Power Rangers', 'Thundercats', 'He-Man', 'She-Ra', 'Skeletor', 'G.I. Joe', 'Barbie',
  'Polly Pocket', 'Bratz', 'Furby', 'Tamagotchi', 'Cabbage Patch Kids', 'Beanie Babies', 'Lego Ninjago', 'Ninjago',
  'Minions', 'Gru', 'Despicable Me', 'Secret Life of Pets', 'Shrek', 'Lord Farquaad', 'Puss in Boots movie',
  'Kung Fu Panda', 'King Julien', 'Madagascar penguins', 'How to Train Your Dragon', 'Toothless dragon', 'Boss Baby',
  'Megamind', 'The Croods', 'Trolls movie', 'Captain Underpants', 'Dog Man', 'Gumby', 'Thunderbirds', 'Bagpuss',
  // Anime and manga
  'Naruto', 'Sasuke', 'Kakashi', 'Goku', 'Vegeta', 'Dragon Ball', 'Super Saiyan', 'Kamehameha', 'Luffy', 'One Piece', 'Totoro', 'My Neighbor Totoro',
  'Spirited Away', 'No-Face', 'Studio Ghibli', 'Kikis Delivery Service', 'Howls Moving Castle', 'Ponyo', 'Catbus',
  'Sailor Moon', 'Doraemon', 'Astro Boy', 'Gundam', 'Evangelion', 'Attack on Titan', 'Eren Yeager', 'Levi Ackerman',
  'Demon Slayer', 'Tanjiro', 'Nezuko', 'My Hero Academia', 'Izuku Midoriya', 'All Might', 'Death Note', 'Ryuk',
  'Hatsune Miku', 'Digimon', 'Agumon', 'Yu-Gi-Oh', 'JoJos Bizarre Adventure', 'One Punch Man', 'Saitama', 'Spy x Family',
  'Anya Forger', 'Chainsaw Man', 'Pochita', 'Jujutsu Kaisen', 'Satoru Gojo', 'Sailor Mercury', 'Hamtaro', 'Anpanman',
  'Shin-chan', 'Crayon Shin-chan', 'Chibi Maruko-chan', 'Detective Conan', 'Inuyasha', 'Fullmetal Alchemist', 'Bleach anime',
  'Cardcaptor Sakura', 'Rilakkuma', 'Pusheen', 'Domo-kun',
  // Studios and companies that own characters
  'Warner Bros', 'DreamWorks', 'Illumination Entertainment', 'Nickelodeon', 'Cartoon Network', 'Hasbro', 'Mattel',
  'Lucasfilm', 'Toei Animation', 'Aardman', 'Sony Pictures Animation', 'Blue Sky Studios', 'Laika studio',
  // Names people type on their own, and pairs they name together (2026.4.0)
  'Mickey', 'Minnie', 'Goofy', 'Stitch', 'Lilo', 'Experiment 626', 'Peppa', 'Nala', 'Timon', 'Jack Skellington',
  'Nightmare Before Christmas', 'Coraline', 'Wednesday Addams', 'Addams Family', 'Blippi', 'Pinkfong', 'Fall Guys',
  'Puss in Boots', 'Jerry the mouse', 'Aristocats', 'Charlie and Lola', 'Woody and Buzz', 'Belle and the Beast',
  'Venom', 'Mirabel', 'Lightning McQueen', 'Raya and the Last Dragon', 'Taz', 'Tasmanian Devil cartoon', 'Hiccup and Toothless', 'Toothless',
  'Jack Sparrow', 'Captain Jack Sparrow', 'Pirates of the Caribbean', 'Mushroom Kingdom', 'Wall-E', 'Walle robot',
  // More names people type, by franchise (2026.4.0; given names that are common real names are left out)
  'Lumiere', 'Cogsworth', 'Quasimodo', 'Bagheera', 'Shere Khan', 'Kristoff', 'Namaari', 'Linguini', 'Frozone', 'Emperor Zurg',
  'Zurg', 'Duke Caboom', 'Gabby Gabby', 'Mr Potato Head', 'Slinky Dog', 'Fix-It Felix', 'Wreck-It Ralph', 'Clawhauser',
  'Spider-Gwen', 'Doctor Doom', 'Namor', 'Nightcrawler', 'Mystique', 'Sabretooth', 'Juggernaut', 'Kraven', 'Kingpin',
  'Elektra', 'Squirrel Girl', 'Kamala Khan', 'Drax', 'Yondu', 'Star-Lord', 'Hawkgirl', 'Zatanna', 'Sinestro', 'Brainiac',
  'Krypto', 'Lugia', 'Ho-Oh', 'Mimikyu', 'Pichu', 'Sprigatito', 'Fuecoco', 'Quaxly', 'Epona', 'Toadette',
  'Rosalina', 'Lakitu', 'Chain Chomp', 'KK Slider', 'Cranky Kong', 'King K Rool', 'Enderman', 'Herobrine', 'Cortana',
  'Atreus', 'Geralt', 'Aloy', 'Solid Snake', 'Cloud Strife', 'Sephiroth', 'Tifa', 'Aerith', 'Jak and Daxter',
  'Sly Cooper', 'Coco Bandicoot', 'Earthworm Jim', 'Sub-Zero', 'Pyramid Head', 'Leon Kennedy', 'Springtrap', 'Kissy Missy',
  'Poppy Playtime', 'Bendy and the Ink Machine', 'Mugman', 'Gohan', 'Frieza', 'Majin Buu', 'Itachi', 'Roronoa Zoro',
  'Sanji', 'Ichigo Kurosaki', 'Light Yagami', 'Mikasa', 'Zenitsu', 'Inosuke', 'Bakugo', 'Todoroki', 'Itadori', 'Sukuna',
  'Makima', 'Tuxedo Mask', 'Calcifer', 'Nausicaa', 'Ashitaka', 'Nobita', 'Korilakkuma', 'Molang', 'Ultraman', 'Mothra',
  'King Ghidorah', 'Voltron', 'Starscream', 'Grimlock', 'Cobra Commander', 'Lion-O', 'Cheetara', 'Mumm-Ra', 'April O Neil',
  'Bebop and Rocksteady', 'Smurfette', 'Gargamel', 'Peppermint Patty', 'Calvin and Hobbes', 'Marmaduke', 'Beetle Bailey',
  'Bluto', 'Chilly Willy', 'Scrappy-Doo', 'Bamm-Bamm', 'Jabberjaw', 'Cosmo and Wanda', 'Sokka', 'Zuko', 'Toph', 'Chuckie Finster',
  'Angelica Pickles', 'Reptar', 'CatDog', 'Ren and Stimpy', 'Mojo Jojo', 'Princess Bubblegum', 'Marceline', 'Ice King',
  'Lumpy Space Princess', 'Gumball Watterson', 'Mordecai and Rigby', 'Dipper Pines', 'Mabel Pines', 'Grunkle Stan',
  'Bill Cipher', 'Ron Stoppable', 'Doofenshmirtz', 'Perry the Platypus', 'Phineas and Ferb', 'Daddy Pig', 'Mummy Pig',
  'Fat Controller', 'Igglepiggle', 'Upsy Daisy', 'Makka Pakka', 'Tombliboos', 'Duggee', 'Captain Barnacles', 'Kwazii',
  'Pororo', 'Robocar Poli', 'Count von Count', 'Swedish Chef', 'Statler and Waldorf', 'Bunsen Honeydew', 'Fraggle Rock',
  'Baby Bop', 'Team Umizoomi', 'Bubble Guppies', 'Doc McStuffins', 'Sofia the First', 'Vampirina', 'Fancy Nancy',
  'Gabbys Dollhouse', 'Numberblocks', 'Alphablocks', 'Hairy Maclary', 'Miss Trunchbull', 'Hermione', 'Bellatrix Lestrange',
  'Samwise Gamgee', 'Bilbo Baggins', 'Smaug', 'Mr Tumnus', 'Percy Jackson', 'Jar Jar Binks', 'Wookiee', 'Ahsoka', 'Obi-Wan',
  'Obi-Wan Kenobi', 'Anakin', 'Padme Amidala', 'Cyberman', 'Leatherface', 'Jack Torrance', 'Marty McFly', 'Doc Brown',
  'T-800', 'Rocky Balboa', 'Master Shifu', 'Tai Lung', 'Buster Moon', 'Pinky and the Brain', 'Animaniacs', 'Tiny Toons',
  'Babs Bunny', 'Buster Bunny', 'Plucky Duck', 'Freakazoid', 'Gizmo the mogwai', 'Mogwai', 'Gremlins', 'Annabelle doll',
];

/** Names above that are everyday words too ("a sonic boom"): a name only when capitalised ("Sonic"). */
export const CAPITALISED_NAMES: readonly string[] = ['the Rock', 'Toothless', 'Sonic', 'Goofy', 'Stitch', 'Venom', 'Taz', 'Kingpin', 'Juggernaut', 'Mystique', 'Toph', 'Inside Out', 'Turning Red', 'One Piece', 'Among Us', 'Spirited Away', 'All Might', 'Regular Show'];

/**
 * Names above that, in lower case after "a" or "an", are things ("a big bird on a log", "a green
 * arrow on a traffic light", "a black widow in its web"), not the character.
 */
export const EVERYDAY_THING_NAMES: readonly string[] = [
  'Big Bird', 'Green Arrow', 'Black Widow', 'Snow White', 'Pink Panther', 'Mighty Mouse', 'Sleeping Beauty',
  'Little Mermaid', 'Road Runner', 'Black Panther', 'Silver Surfer', 'Wonder Woman', 'Top Cat', 'Dog Man', 'Boss Baby',
  'Baby Shark', 'Swamp Thing', 'Beast Boy', 'Space Ghost', 'Poison Ivy',
];
