"""Real-world text that has broken PDF renderers: one paragraph per trap, as posts carry them."""

HOSTILE = {
    "math letters": "𝐁𝐨𝐥𝐝 𝐡𝐞𝐚𝐝𝐥𝐢𝐧𝐞 and 𝘪𝘵𝘢𝘭𝘪𝘤 𝘢𝘴𝘪𝘥𝘦, 𝙗𝙤𝙡𝙙 𝙞𝙩𝙖𝙡𝙞𝙘 and 𝟏𝟐𝟑 in a LinkedIn post",
    "emoji sequences": "Our team 👩‍💻👨‍👩‍👧 🏳️‍🌈 🇩🇪🇨🇭 1️⃣ 👍🏽 🏴󠁧󠁢󠁥󠁮󠁧󠁿 shipped it 🚀🟢",
    "shortcodes": "So happy :ablobcathappypaws: with the launch :mastodon: at 10:30:45",
    "hebrew": "שלום עולם: the 2024 launch (גרסה 2.0) went live",
    "arabic": "مرحبا بالعالم — إطلاق المنتج 2024 كان ناجحا",
    "cjk": "我们的团队在上海发布了AI产品。今天，我们很高兴地宣布version 2.0已经上线！欢迎大家试用（免费），并提出宝贵意见。",
    "combining": "Zalgo-free but combining: e\u0301le\u0300ve, n\u0303o, Å vs A\u030a, ﬁnance (ligature)",
    "invisible": "zero\u200bwidth\u00adsoft\u2060joiner\ufeffmarks and a\u00a0no-break space",
}
