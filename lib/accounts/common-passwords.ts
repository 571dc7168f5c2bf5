// Passwords of 8+ characters that top the public breach-frequency lists
// (shorter ones are refused by the length rule already). Compared lower-case.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "12345678", "123456789", "1234567890", "12345678910", "123123123", "11111111", "111111111", "00000000",
  "88888888", "87654321", "987654321", "9876543210", "11223344", "12341234", "123456780", "147258369",
  "147852369", "159753456", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "1qazxsw2", "zaq12wsx", "zaq1zaq1",
  "qwertyui", "qwertyuiop", "asdfghjk", "asdfghjkl", "zxcvbnm1", "qwerty123", "qwerty1234", "qwe123qwe",
  "q1w2e3r4", "q1w2e3r4t5", "qazwsxedc", "1234qwer", "abcd1234", "abc12345", "abcdefgh", "a1b2c3d4",
  "password", "password1", "password12", "password123", "password!", "passw0rd", "p@ssw0rd", "p@ssword",
  "pa$$word", "mypassword", "newpassword", "password2", "letmein1", "letmein123", "welcome1", "welcome123",
  "iloveyou", "iloveyou1", "iloveyou2", "princess", "princess1", "sunshine", "sunshine1", "football",
  "football1", "baseball", "baseball1", "basketball", "superman", "batman123", "starwars", "pokemon1",
  "trustno1", "whatever", "computer", "internet", "chocolate", "butterfly", "michelle", "jennifer",
  "jessica1", "charlie1", "michael1", "jordan23", "liverpool", "arsenal1", "chelsea1", "master123",
  "mustang1", "shadow12", "dragon12", "monkey123", "qwerty12", "asdf1234", "zxcv1234", "admin123",
  "administrator", "changeme", "changeme1", "default1", "secret12", "security", "test1234", "testtest",
  "abcdef123", "1password", "passpass", "samsung1", "cookie123", "lovely12", "loveme12", "babygirl1",
  "flower12", "summer2024", "summer2025", "summer2026", "winter2025", "spring2026", "autumn2026",
  "freedom1", "hello123", "hellohello", "helloworld", "goodluck", "blink182", "linkedin", "facebook",
  "instagram", "unknown1", "nothing1", "corvette", "ferrari1", "mercedes", "harley12", "maverick",
  "midnight", "sweetheart", "1234abcd", "aaaaaaaa", "aa123456", "a12345678", "aa12345678", "asd12345",
  "12qwaszx", "0987654321", "66666666", "12121212", "55555555", "22222222", "77777777", "99999999",
  "11112222", "1111aaaa", "123654789", "741852963", "963852741", "98765432", "qweasdzxc", "qweqweqwe",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
