// Word lists for the generated demo party. Names are common in the UK; none refers to a real person.

/** First names usually given to girls, for generated members who describe themselves as women. */
// biome-ignore format: word list
export const demoWomensNames: readonly string[] = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Sophia', 'Grace', 'Mia', 'Poppy', 'Ella', 'Lily', 'Evie',
  'Aisha', 'Fatima', 'Priya', 'Zainab', 'Chloe', 'Hannah', 'Rachel', 'Sarah', 'Margaret', 'Susan', 'Patricia',
  'Angela', 'Jean', 'Carol', 'Siobhan', 'Niamh', 'Bronwen', 'Catrin', 'Morag', 'Eilidh', 'Yasmin', 'Amara',
  'Chiamaka', 'Mei', 'Anjali', 'Gurpreet', 'Kerry', 'Joanne', 'Lisa', 'Michelle', 'Dawn', 'Tracey', 'Helen',
];

/** First names usually given to boys, for generated members who describe themselves as men. */
// biome-ignore format: word list
export const demoMensNames: readonly string[] = [
  'Oliver', 'George', 'Harry', 'Noah', 'Jack', 'Leo', 'Arthur', 'Muhammad', 'Oscar', 'Charlie', 'Jacob', 'Thomas',
  'Ibrahim', 'Arjun', 'Ravi', 'Kwame', 'Tunde', 'David', 'John', 'Michael', 'Paul', 'Peter', 'Stephen', 'Gareth',
  'Rhys', 'Dafydd', 'Callum', 'Hamish', 'Sean', 'Liam', 'Connor', 'Imran', 'Tariq', 'Wei', 'Hassan', 'Daniel',
  'Mark', 'Gary', 'Darren', 'Wayne', 'Keith', 'Brian', 'Alan', 'Kevin', 'Ian',
];

/** First names given to anyone, for generated members who describe their gender otherwise or not at all. */
export const demoOtherNames: readonly string[] = [
  'Alex',
  'Sam',
  'Jordan',
  'Charlie',
  'Robin',
  'Jamie',
  'Kit',
  'Ash',
];

/** Surnames common across the UK. */
// biome-ignore format: word list
export const demoSurnames: readonly string[] = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts',
  'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris',
  'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark',
  'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker',
  'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey',
  'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards', 'Khan', 'Ali', 'Ahmed', 'Begum', 'Hussain',
  'Singh', 'Kaur', 'Shah', 'Okafor', 'Mensah', 'Adeyemi', 'Campbell', 'Stewart', 'MacDonald', 'Reid', "O'Brien",
  'Byrne', 'Chen', 'Wong', 'Nowak', 'Kowalski',
];

/** Words that start ward names. */
// biome-ignore format: word list
export const demoWardStems: readonly string[] = [
  'Abbey', 'Ash', 'Beacon', 'Birch', 'Brook', 'Castle', 'Church', 'Cross', 'Elm', 'Fair', 'Grange', 'Hazel',
  'High', 'Holly', 'Lark', 'Long', 'Manor', 'Meadow', 'Mill', 'Moor', 'Oak', 'Priory', 'Rose', 'Stone', 'Thorn',
  'Willow', 'Bridge', 'Chapel', 'Fern', 'Heath', 'Kings', 'Queens', 'Rowan', 'Spring', 'Well', 'Windmill',
];

/** Words that end ward names. */
// biome-ignore format: word list
export const demoWardEndings: readonly string[] = [
  'field', 'hill', 'dale', 'gate', 'wood', 'side', 'lands', ' Park', ' Green', ' Vale', ' Valley', 'bank', 'ford',
  ' Hill', ' Common', 'ton',
];

/** Endings for wards named after their area's main town. */
export const demoWardQualifiers: readonly string[] = [
  'Central',
  'North',
  'South',
  'East',
  'West',
  'Town',
  'Rural',
  'North West',
  'South East',
];

/** Street name endings. */
export const demoStreetKinds: readonly string[] = [
  'Road',
  'Street',
  'Avenue',
  'Lane',
  'Close',
  'Terrace',
  'Crescent',
  'Way',
];

/** Self-identified ethnicities, in the shape of the census categories. */
export const demoEthnicities: readonly (readonly [string, number])[] = [
  ['White British', 70],
  ['White Irish', 3],
  ['White other', 6],
  ['Mixed or multiple ethnic groups', 3],
  ['Asian British – Indian', 4],
  ['Asian British – Pakistani', 3],
  ['Asian British – Bangladeshi', 1],
  ['Chinese', 1],
  ['Black British – African', 3],
  ['Black British – Caribbean', 2],
  ['Arab', 1],
  ['Other ethnic group', 1],
];
