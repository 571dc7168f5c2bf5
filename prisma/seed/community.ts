// The demo community: believable people and things they would post.

export const DEMO_PASSWORD = "commons-demo";

export type DemoUser = { username: string; displayName: string; bio: string; hasAvatar: boolean; role?: "ADMIN" };

export const demoUsers: DemoUser[] = [
  { username: "ada", displayName: "Ada Okafor", bio: "Runs the community garden. Tomatoes are a personality.", hasAvatar: true, role: "ADMIN" },
  { username: "bruno", displayName: "Bruno Costa", bio: "Cyclist, espresso snob, weekend carpenter.", hasAvatar: true },
  { username: "chen_li", displayName: "Chen Li", bio: "Frontend engineer. I make buttons feel nice.", hasAvatar: true },
  { username: "dana", displayName: "Dana Whitfield", bio: "Librarian by day, board games by night.", hasAvatar: true },
  { username: "elif", displayName: "Elif Yılmaz", bio: "Photographer chasing golden hour ☀️", hasAvatar: true },
  { username: "farah", displayName: "Farah Haddad", bio: "Baker. Sourdough starter named Gerald.", hasAvatar: true },
  { username: "gus", displayName: "Gus Andersen", bio: "Trail runner and amateur astronomer.", hasAvatar: false },
  { username: "hana", displayName: "Hana Sato", bio: "Urban sketcher. Drawing every café in town.", hasAvatar: true },
  { username: "ivan", displayName: "Ivan Petrov", bio: "Jazz piano, bad puns, good bread.", hasAvatar: false },
  { username: "jomartinez", displayName: "Jo Martínez", bio: "Teaching kids to code on Saturdays.", hasAvatar: true },
  { username: "kofi", displayName: "Kofi Mensah", bio: "Climate data nerd. Charts or it didn't happen.", hasAvatar: true },
  { username: "lena", displayName: "Lena Fischer", bio: "", hasAvatar: false },
];

export type DemoPost = { author: string; text: string; hoursAgo: number; images?: number; contentWarning?: string };

export const demoPosts: DemoPost[] = [
  { author: "ada", text: "Welcome to Commons! Say hi, follow a few neighbours and tell us what you're working on. 🌱", hoursAgo: 320 },
  { author: "elif", text: "Caught the last light over the hills tonight.", hoursAgo: 300, images: 1 },
  { author: "bruno", text: "Finished the walnut shelf. Three weekends, one splinter, zero regrets.", hoursAgo: 280 },
  { author: "chen_li", text: "Hot take: a focus ring is a feature, not a bug. Don't remove it.\n\nhttps://www.w3.org/WAI/WCAG22/Understanding/focus-visible", hoursAgo: 260 },
  { author: "farah", text: "Gerald (the starter) doubled in four hours. Bake day tomorrow 🍞 #sourdough", hoursAgo: 240 },
  { author: "dana", text: "Board game night at the library on Friday — we have Wingspan now!", hoursAgo: 220 },
  { author: "hana", text: "Sketch #41: the corner café with the blue awning. Two more to go on this street.", hoursAgo: 200, images: 2 },
  { author: "gus", text: "Saturn was unbelievably clear last night. Rings and all, through a 15-year-old telescope.", hoursAgo: 180 },
  { author: "kofi", text: "This October was the warmest on our station's record. Thread with charts coming later.", hoursAgo: 160 },
  { author: "jomartinez", text: "The kids built a weather station with a micro:bit today. One of them named it Kevin.", hoursAgo: 140 },
  { author: "ivan", text: "Why did the pianist keep banging his head against the keys? He was playing by ear.", hoursAgo: 120, contentWarning: "Terrible pun" },
  { author: "elif", text: "Three frames from the morning walk. Fog is the best light diffuser there is.", hoursAgo: 100, images: 3 },
  { author: "ada", text: "Garden work party on Sunday at 10. Bring gloves; we'll bring coffee.", hoursAgo: 80 },
  { author: "bruno", text: "Café recommendation thread: where do you get your espresso? Mine: the tiny place by the station.", hoursAgo: 60 },
  { author: "lena", text: "Hi all, new here! Moved to town last week and looking for a running group.", hoursAgo: 40 },
  { author: "gus", text: "@lena welcome! We run the river loop every Wednesday at 7.", hoursAgo: 38 },
  { author: "chen_li", text: "Shipped dark mode for our team's app today. Contrast ratios checked, twice. #a11y", hoursAgo: 20 },
  { author: "hana", text: "New sketchbook day is the best day. #sketching", hoursAgo: 12, images: 1 },
  { author: "farah", text: "Bake day result: two loaves, one disappeared before it cooled. No witnesses. #Sourdough", hoursAgo: 6, images: 1 },
  { author: "kofi", text: "Charts as promised: monthly mean temperature vs. the 30-year normal. Every month above it.", hoursAgo: 3, images: 1 },
  { author: "dana", text: "Reading list for winter, suggestions welcome 📚", hoursAgo: 1 },
];

/** Who follows whom: everyone follows ada; the rest is a loose web of friendships. */
export const demoFollows: [follower: string, followee: string][] = [
  ...demoUsers.filter((user) => user.username !== "ada").map((user): [string, string] => [user.username, "ada"]),
  ["ada", "elif"], ["ada", "farah"], ["ada", "kofi"],
  ["bruno", "chen_li"], ["bruno", "farah"], ["bruno", "gus"],
  ["chen_li", "bruno"], ["chen_li", "jomartinez"], ["chen_li", "hana"],
  ["dana", "hana"], ["dana", "ivan"], ["elif", "hana"], ["elif", "gus"],
  ["farah", "bruno"], ["gus", "lena"], ["gus", "kofi"], ["hana", "elif"],
  ["jomartinez", "chen_li"], ["kofi", "gus"], ["lena", "gus"], ["lena", "dana"],
];

export const demoComments: { post: number; author: string; text: string }[] = [
  { post: 1, author: "hana", text: "Those colours! Mind if I sketch this?" },
  { post: 1, author: "elif", text: "@hana please do, I'd love to see it." },
  { post: 4, author: "ada", text: "Saving some starter for the garden party?" },
  { post: 6, author: "dana", text: "You should frame these." },
  { post: 11, author: "gus", text: "Fog mornings are the best mornings." },
  { post: 14, author: "gus", text: "See you Wednesday!" },
  { post: 14, author: "dana", text: "Welcome to town, Lena 👋" },
  { post: 18, author: "bruno", text: "I would like to report a missing loaf." },
];

/** Open reports for the moderation queue (/admin/reports): who reported which demo post (by index), and why. */
export const demoReports: { post: number; reporter: string; reason: "SPAM" | "OTHER"; details: string }[] = [
  { post: 10, reporter: "dana", reason: "OTHER", details: "Not the pun again. Please." },
  { post: 10, reporter: "hana", reason: "SPAM", details: "" },
];
