/**
 * Brands, products and advertising. Compiled from Interbrand's Best Global Brands, Kantar BrandZ
 * and the best-selling consumer brands by category, reduced to names with no everyday meaning
 * ("Apple", "Amazon", "Shell", "Dove", "Subway", "Puma" left out, but "iPhone", "Amazon Prime"
 * are in). Add names in their usual spelling; "McDonald's" also matches "mcdonalds".
 */
export const BRANDS: readonly string[] = [
  // Food and drink
  'Coca-Cola', 'swoosh logo', 'Colonel Sanders', 'chicken from the colonel', 'bitten apple logo', 'glowing bitten apple', 'apple on the lid', 'Joy-Con', 'red and blue controllers', 'Nike swoosh', 'golden arches', 'Coca Cola', 'Coke', 'Coke Zero', 'Diet Coke', 'Pepsi', 'Fanta', 'Dr Pepper', '7 Up', 'Mountain Dew', 'Gatorade',
  'Powerade', 'Red Bull', 'Monster Energy', 'Lipton', 'Nescafe', 'Nespresso', 'Starbucks', 'Dunkin Donuts', 'Costa Coffee',
  'Tim Hortons', "McDonald's", 'Happy Meal', 'Big Mac', 'Greggs', 'Standard Chartered', 'Wispa', 'Irn-Bru', 'Irn Bru', 'Mini Cooper', 'Costa latte', 'Costa cup', 'Subway footlong', 'Subway sandwich', 'Burger King', 'Whopper', 'KFC', 'Kentucky Fried Chicken',
  'Taco Bell', 'Pizza Hut', "Domino's Pizza", "Papa John's", "Wendy's", 'Chick-fil-A', 'Five Guys', 'Shake Shack',
  'Chipotle', 'In-N-Out', 'Krispy Kreme', 'Nestle', 'KitKat', 'Kit Kat', "M&M's", 'Snickers bar', 'Mars bar', 'Twix',
  'Toblerone', 'Cadbury', 'Hershey', "Hershey's", 'Ferrero Rocher', 'Kinder Surprise', 'Kinder Egg', 'Nutella', 'Oreo',
  'Doritos', 'Pringles', "Lay's chips", 'Cheetos', 'Ruffles', 'Tostitos', 'Heinz', "Kellogg's", 'Frosties', 'Froot Loops',
  'Cheerios', 'Haribo', 'Skittles', 'Starburst', 'Jelly Belly', 'Chupa Chups', 'Pez', 'Ben & Jerry', "Ben and Jerry's",
  'Haagen-Dazs', 'Magnum ice cream', 'Danone', 'Activia', 'Yoplait', 'Campbells soup', 'Kraft', 'Oscar Mayer', 'Tabasco',
  'Evian', 'Perrier', 'San Pellegrino', 'Tropicana', 'Capri Sun', 'Ribena', 'Lucozade', 'Heineken', 'Budweiser',
  'Corona beer', 'Guinness', 'Carlsberg', 'Stella Artois', 'Jack Daniels', 'Smirnoff', 'Bacardi', 'Absolut vodka',
  'Johnnie Walker', 'Jameson', 'Marlboro', 'Camel cigarettes', 'Lucky Strike',
  // Tech, media and online
  'iPhone', 'iPad', 'MacBook', 'iMac', 'AirPods', 'Apple Watch', 'Apple logo', 'Samsung', 'Galaxy phone', 'Google', 'Gmail',
  'Android phone', 'Pixel phone', 'Microsoft', 'Windows logo', 'Xbox', 'PlayStation', 'Nintendo Switch', 'Game Boy',
  'Facebook', 'Instagram', 'WhatsApp', 'Messenger app', 'TikTok', 'YouTube', 'Twitter', 'Snapchat', 'Pinterest', 'Reddit',
  'LinkedIn', 'Discord', 'Twitch', 'Netflix', 'Hulu', 'Disney Plus', 'HBO', 'Spotify', 'Amazon Prime', 'Alexa speaker',
  'Kindle', 'Uber', 'Lyft', 'Airbnb', 'PayPal', 'Venmo', 'Mastercard', 'American Express', 'Visa card', 'eBay', 'Etsy',
  'Shopify', 'Alibaba', 'AliExpress', 'Temu', 'Shein', 'Zoom call', 'Slack app', 'OpenAI', 'ChatGPT', 'Intel', 'Nvidia',
  'AMD Ryzen', 'Dell laptop', 'Lenovo', 'Huawei', 'Xiaomi', 'OnePlus', 'Motorola', 'Nokia', 'Sony', 'Panasonic',
  'Philips', 'LG TV', 'Bose', 'Beats headphones', 'JBL', 'GoPro', 'Nikon', 'Canon camera', 'Polaroid', 'Fitbit',
  'Garmin', 'Tesla', 'SpaceX', 'Dyson', 'Roomba', 'Duracell', 'Energizer', 'Kodak', 'IBM', 'Oracle', 'Adobe', 'Photoshop',
  // Cars and transport
  'Toyota', 'Honda', 'BMW', 'Mercedes', 'Mercedes-Benz', 'Audi', 'Porsche', 'Ferrari', 'Lamborghini', 'Maserati',
  'Bugatti', 'McLaren', 'Bentley', 'Rolls-Royce', 'Volkswagen', 'VW Beetle', 'Chevrolet', 'Chevy', 'Cadillac', 'Nissan',
  'Hyundai', 'Subaru', 'Mazda', 'Volvo', 'Peugeot', 'Renault', 'Citroen', 'Fiat', 'Alfa Romeo', 'Land Rover', 'Range Rover',
  'Jaguar car', 'Harley-Davidson', 'Ducati', 'Yamaha', 'Kawasaki', 'Ford Mustang', 'Ford F-150', 'Jeep Wrangler',
  'Boeing', 'Airbus', 'Emirates airline', 'Ryanair', 'easyJet', 'Lufthansa', 'FedEx', 'UPS truck', 'DHL',
  // Fashion, beauty and retail
  'LA Lakers', 'Lakers jersey', 'Lakers shirt', 'Manchester United', 'Man Utd', 'Real Madrid', 'Juventus', 'Bayern Munich', 'Paris Saint-Germain',
  'Nike', 'Air Jordan', 'Adidas', 'Reebok', 'Under Armour', 'New Balance', 'Converse', 'Vans shoes', 'Skechers', 'Crocs',
  'Gucci', 'Prada', 'Chanel', 'Louis Vuitton', 'Hermes bag', 'Dior', 'Versace', 'Balenciaga', 'Burberry', 'Fendi',
  'Armani', 'Givenchy', 'Yves Saint Laurent', 'Rolex', 'Omega watch', 'Cartier', 'Tiffany & Co', 'Swarovski', 'Ray-Ban',
  "Levi's", 'Ralph Lauren', 'Tommy Hilfiger', 'Calvin Klein', 'Lacoste', 'Supreme brand', 'The North Face', 'Patagonia',
  'Zara', 'H&M', 'Uniqlo', 'Primark', 'Victoria Secret', "Victoria's Secret", 'Sephora', "L'Oreal", 'Maybelline',
  'Revlon', 'Nivea', 'Gillette', 'Colgate', 'Pampers', 'Huggies', 'Kleenex', 'Lysol', 'Walmart', 'Costco', 'Target store',
  'Tesco', 'Sainsbury', 'Aldi', 'Lidl', 'Carrefour', 'IKEA', 'Home Depot', "Lowe's", 'Best Buy', '7-Eleven',
  // Toys and games companies
  'Lego', 'Playmobil', 'Hot Wheels', 'Matchbox cars', 'Nerf', 'Fisher-Price', 'Play-Doh', 'Monopoly', 'Scrabble',
  'Jenga', 'Rubiks Cube', 'Funko', 'Funko Pop', 'Beyblade', 'Hatchimals', 'LOL Surprise', 'Squishmallows', 'Build-A-Bear',
  'Air Jordan', 'Air Jordans', 'Dunkin', 'Dunkin Donuts', 'Oreo', 'Oreos', 'M&Ms', 'Lucky Charms', 'Lululemon', 'Steam Deck',
  "Rubik's cube", 'Amazon box', 'Amazon package', "Campbell's soup", 'Pop-Tarts', 'Tic Tac', 'Mentos', 'Listerine', 'Post-it note', 'Post-it notes',
  'Sharpie', 'Crayola', 'Keurig', 'Yeti cooler', 'Timberland', 'Dr Martens', 'Doc Martens', 'UGG boots', 'Uggs', 'Heelys', 'Yeezy', 'Yeezys',
];

/** Advertising itself, whatever the brand. Base forms; inflections are added. */
export const ADVERTISING_TERMS: readonly string[] = [
  'advertisement', 'advert', 'advertising', 'commercial for', 'sponsored by', 'product placement', 'brand logo',
  'buy now', 'limited time offer', 'promo code', 'discount code', 'billboard ad', 'infomercial', 'in an ad',
  // "commercial" as a noun only: a commercial airliner or kitchen is not an ad.
  'tv commercial', 'television commercial', 'a commercial with', 'a commercial about', 'a commercial starring', 'a commercial featuring', 'in a commercial', 'makes a commercial',
  'make a commercial', 'making a commercial', 'films a commercial', 'film a commercial', 'shoots a commercial', 'shoot a commercial', 'commercial break', 'the commercial for',
];
