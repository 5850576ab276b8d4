using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// Finds full person names in a sentence, by four kinds of evidence tried in order (see
/// <see cref="NameEvidence"/>): a Chinese family name followed by a pinyin given name; a known given
/// name followed by capitalized words; capitalized words after an honorific; capitalized words right next
/// to a title. Single words are never full names, so later short mentions ("Wan said") are left to
/// coreference.
/// </summary>
public sealed class PersonNameRecognizer(NameKnowledge words, TitleLexicon titles)
{
    // Lower-case particles inside names of several origins: "Mohammed bin Salman", "Ursula von der Leyen".
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "bin", "bint", "ibn", "al", "el", "de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "dos", "das", "del", "ter", "y",
    };

    // Words that end the name of a place, a thing or an occasion, never a person's name.
    private static readonly HashSet<string> PlaceSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "province", "city", "county", "district", "prefecture", "town", "township", "village", "road", "street",
        "avenue", "bay", "island", "islands", "river", "lake", "mountain", "mountains", "port", "airport", "station",
        "square", "bridge", "area", "region", "park", "zone", "temple", "hall", "museum", "airlines", "group", "league",
        "expo", "forum", "summit", "fair", "conference", "festival", "games", "olympics", "exhibition", "week", "initiative",
    };

    private const int MaxNameTokens = 5;

    /// <summary>The recognizer over the default lexicons.</summary>
    public static PersonNameRecognizer Default { get; } = new(NameKnowledge.Default, TitleLexicon.Default);

    /// <summary>
    /// The names in tokens [<paramref name="start"/>, <paramref name="end"/>); <paramref name="titleEnds"/>
    /// marks token indices right after a title core (for title-anchored names).
    /// </summary>
    public IReadOnlyList<PersonName> Find(string text, IReadOnlyList<Token> tokens, int start, int end, ISet<int> titleEnds)
    {
        var found = new List<PersonName>();
        // Runs tried from successive words read the same words again: each word is looked up in the lexicons once.
        var sentence = new SentenceWords(this, tokens, start, end - start <= 256 ? stackalloc byte[end - start] : new byte[end - start]);
        var i = start;
        while (i < end)
        {
            var name = TryChinese(text, tokens, i, end, sentence)
                ?? TryInitialAndName(text, tokens, i, end)
                ?? TryCapitalizedRun(text, tokens, i, end, titleEnds, sentence);
            if (name is null) { i++; continue; }
            found.Add(name);
            i = name.Mention.EndToken;
        }
        return found;
    }

    private PersonName? TryChinese(string text, IReadOnlyList<Token> tokens, int i, int end, SentenceWords sentence)
    {
        if (i + 1 >= end) return null;
        var family = tokens[i];
        var given = tokens[i + 1];
        if (!sentence.IsNameWord(i) || given.BreakBefore || given.Kind != TokenKind.Word) return null;
        if (!words.IsChineseFamilyName(family.Value)) return null;
        // A pinyin given name has one to three syllables ("Yong", "Huaigang").
        var syllables = words.PinyinSyllableCount(given.Value);
        if (syllables is < 1 or > 3) return null;
        // A lower-case given name is a typo the genre has ("Cai xiaojun"); trust it only when it is clearly pinyin.
        if (!sentence.IsNameWord(i + 1) && !(char.IsLower(given.Value[0]) && syllables >= 2 && !words.IsCommonWord(given.Value))) return null;
        if (sentence.IsExcluded(i + 1)) return null;
        // Sentence-initial English words that are also family names ("He", "An") need a strong given name.
        if (words.IsStopword(family.Value) && !(given.Value.Length >= 4 && !words.IsStopword(given.Value))) return null;
        if (words.IsCommonWord(family.Value) && words.IsCommonWord(given.Value)) return null;
        // "Nan Ning", "Hai Nan": a place written as two syllables.
        if (IsTwoSyllablePlace(family.Value, given)) return null;
        if (i + 2 < end && tokens[i + 2].Kind == TokenKind.Word && PlaceSuffixes.Contains(tokens[i + 2].Value)) return null;
        // A following capitalized word that continues a proper noun ("Li Ning Company") makes it no name.
        if (i + 2 < end && tokens[i + 2].IsCapitalized && words.IsOrganizationHead(tokens[i + 2].Value)) return null;

        var nameEnd = i + 2;
        // A given name written as two words: "Peng Qing Hua".
        if (syllables == 1 && i + 2 < end && sentence.IsNameWord(i + 2) && !tokens[i + 2].BreakBefore
            && words.PinyinSyllableCount(tokens[i + 2].Value) == 1 && !sentence.IsExcluded(i + 2))
            nameEnd = i + 3;

        var mention = MakeMention(text, tokens, i, nameEnd);
        var givenName = text[given.Span.Start..tokens[nameEnd - 1].Span.End];
        return new PersonName(mention, family.Value, givenName, NameEvidence.ChinesePinyin);
    }

    // "B.Batbold", "Ts.Enkhjin": one or two letters, a dot and a capitalized word, written without spaces.
    // The given name is what later mentions use.
    private PersonName? TryInitialAndName(string text, IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i + 2 >= end) return null;
        var initial = tokens[i];
        var given = tokens[i + 2];
        if (initial.Kind != TokenKind.Word || initial.Value.Length > 2 || !char.IsUpper(initial.Value[0]) || initial.IsAllCaps) return null;
        if (!tokens[i + 1].Is('.') || initial.Span.End != tokens[i + 1].Span.Start || tokens[i + 1].Span.End != given.Span.Start) return null;
        if (given.Kind != TokenKind.Word || given.Value.Length < 3 || !given.IsCapitalized || given.IsAllCaps) return null;
        // "St.Petersburg", "Mr.Li": an abbreviation or a form of address, not an initial.
        if (words.IsHonorific(initial.Value) || words.IsStopword(initial.Value) || words.IsPlace(given.Value) || IsExcluded(given.Value) || words.IsCommonWord(given.Value)) return null;
        var mention = MakeMention(text, tokens, i, i + 3);
        return new PersonName(mention, given.Value, given.Value, NameEvidence.InitialAndName);
    }

    private PersonName? TryCapitalizedRun(string text, IReadOnlyList<Token> tokens, int i, int end, ISet<int> titleEnds, SentenceWords sentence)
    {
        var first = tokens[i];
        if (!sentence.IsNameWord(i)) return null;
        // "Emir Sheikh Rashid …": the name starts after the form of address.
        if (words.IsHonorific(first.Value)) return null;
        // The run is read before any evidence is looked up: most capitalized words stand alone, and one word
        // is never a full name, so they are turned away without the lexicon look-ups.
        var runEnd = ReadRun(tokens, i, end, sentence);
        if (runEnd - i < 2) return null;
        if (runEnd - i > MaxNameTokens) return null;

        NameEvidence? evidence = null;
        if (IsAfterHonorific(tokens, i)) evidence = NameEvidence.Honorific;
        else if (titleEnds.Contains(i)) evidence = NameEvidence.TitleAnchor;
        // A given name that is also an ordinary word ("Winter", "Grace") is no evidence on its own.
        else if (words.IsKnownGivenName(first.Value) && !words.IsVeryCommonWord(first.Value)) evidence = NameEvidence.KnownGivenName;
        else if (words.IsVietnameseFamilyName(first.Value)) evidence = NameEvidence.KnownGivenName;
        // Right after a title or honorific, a family name may also be an ordinary organization word ("Ambassador Park Ji-hoon").
        var anchored = evidence is NameEvidence.Honorific or NameEvidence.TitleAnchor;
        // After a form of address even a word like "Than" opens a name ("U Than Lwin"), when a name word follows.
        var stopword = words.IsStopword(first.Value) && !(evidence == NameEvidence.Honorific && i + 1 < end && sentence.IsNameWord(i + 1) && !tokens[i + 1].BreakBefore);
        if (anchored ? stopword || titles.IsTitleWord(first.Value) : sentence.IsExcluded(i)) return null;

        // Followed by ", <title>": apposition makes it a person even with no known given name.
        var apposition = runEnd + 1 < end && tokens[runEnd].Is(',') && titles.MatchCore(tokens, StartOfTitle(tokens, runEnd + 1, end), end) > 0;
        if (evidence is null && apposition) evidence = NameEvidence.TitleAnchor;
        if (evidence is null) return null;
        // Capitals throughout ("HÀ NỘI", "CCPIT BEIJING") are a heading or a dateline, not a name.
        if (IsAllCapitals(tokens, i, runEnd)) return null;

        var phrase = text[tokens[i].Span.Start..tokens[runEnd - 1].Span.End];
        if (words.IsPlace(phrase)) return null;
        if (PlaceSuffixes.Contains(tokens[runEnd - 1].Value) || words.IsOrganizationHead(tokens[runEnd - 1].Value)) return null;
        // A run of ordinary words ("Winter Olympics", "Spring Festival") is a phrase, not a name.
        if (evidence == NameEvidence.KnownGivenName && !apposition && IsOrdinaryPhrase(tokens, i, runEnd)) return null;
        if (runEnd < end && tokens[runEnd].Kind == TokenKind.Word && PlaceSuffixes.Contains(tokens[runEnd].Value)) return null;

        var mention = MakeMention(text, tokens, i, runEnd);
        var isVietnamese = words.IsVietnameseFamilyName(first.Value);
        // Vietnamese names put the family name first and are shortened to the last word ("Mai");
        // most others are shortened to the last word as well, which is then the family name.
        var family = isVietnamese ? first.Value : tokens[runEnd - 1].Value;
        var given = isVietnamese ? tokens[runEnd - 1].Value : first.Value;
        return new PersonName(mention, family, given, evidence.Value);
    }

    // The end of the run of name words from token i: capitalized name words, with lower-case particles and
    // middle initials inside.
    private static int ReadRun(IReadOnlyList<Token> tokens, int i, int end, SentenceWords sentence)
    {
        var j = i + 1;
        var last = i;
        while (j < end && j - i < MaxNameTokens + 1)
        {
            var t = tokens[j];
            if (t.BreakBefore) break;
            if (sentence.IsNameWord(j) && (!sentence.IsExcluded(j) || IsMonthAsSurname(tokens, j, end))) { last = j; j++; continue; }
            // A middle initial: "Jeffrey R. Immelt".
            if (t.Kind == TokenKind.Word && t.Value.Length == 1 && char.IsUpper(t.Value[0]) && j + 2 < end && tokens[j + 1].Is('.')
                && sentence.IsNameWord(j + 2) && !sentence.IsExcluded(j + 2)) { j += 2; continue; }
            if (t.Kind == TokenKind.Word && NameParticles.Contains(t.Value) && j + 1 < end && sentence.IsNameWord(j + 1)) { j++; continue; }
            break;
        }
        return last + 1;
    }

    // Loops rather than lambdas: a lambda capturing these parameters would cost an allocation on every call, name or not.
    private static bool IsAllCapitals(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!(tokens[k].IsAllCaps || tokens[k].Kind != TokenKind.Word)) return false;
        return true;
    }

    private bool IsOrdinaryPhrase(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!(tokens[k].Kind != TokenKind.Word || words.IsCommonWord(tokens[k].Value) || tokens[k].Value.Length == 1)) return false;
        return true;
    }

    // "Jennifer May": a month name after a first name is a family name unless a day number follows.
    private static bool IsMonthAsSurname(IReadOnlyList<Token> tokens, int j, int end) =>
        Dates.CalendarWords.TryMonth(tokens[j].Value, out _, out var abbreviated) && !abbreviated
        && !(j + 1 < end && tokens[j + 1].Kind == TokenKind.Number);

    // A title may open with "the"/"a" or an acronym of its organization: "X Y, the Chairman of ...", "X Y, ICC Secretary General".
    private static int StartOfTitle(IReadOnlyList<Token> tokens, int i, int end)
    {
        if (i < end && (tokens[i].Is("the") || tokens[i].Is("a") || tokens[i].Is("an"))) i++;
        return i + 1 < end && tokens[i].IsAllCaps ? i + 1 : i;
    }

    private bool IsAfterHonorific(IReadOnlyList<Token> tokens, int i)
    {
        var k = i - 1;
        if (k >= 0 && tokens[k].Is('.')) k--;
        return k >= 0 && tokens[k].Kind == TokenKind.Word && (words.IsHonorific(tokens[k].Value) || words.IsHonorificWithPeriod(tokens[k].Value));
    }

    // A capitalized word of letters (not all caps unless short like a family name "SHANG").
    private static bool IsNameWord(Token t)
    {
        if (t.Kind != TokenKind.Word || !t.IsCapitalized || t.Value.Length < 2) return false;
        // One pass over the word: no dot, no digit, and whether it is all capitals (two or more letters, none lower-case).
        var letters = 0;
        var allCaps = true;
        foreach (var c in t.Value)
        {
            if (c == '.' || char.IsDigit(c)) return false;
            if (!char.IsLetter(c)) continue;
            letters++;
            allCaps &= char.IsUpper(c);
        }
        // All-caps words are acronyms ("CCPIT") unless short enough to be a family name ("LI", "SHANG").
        return !(allCaps && letters >= 2) || t.Value.Length <= 6;
    }

    /// <summary>
    /// What the recognizer asks about each word of a sentence, again and again as runs are tried from successive
    /// words: <see cref="IsNameWord(Token)"/> and <see cref="IsExcluded"/>, computed once per word when first asked.
    /// </summary>
    private readonly ref struct SentenceWords(PersonNameRecognizer recognizer, IReadOnlyList<Token> tokens, int start, Span<byte> known)
    {
        // Per token: whether each answer is known yet, and the answer.
        private const byte NameWordKnown = 1, NameWord = 2, ExcludedKnown = 4, Excluded = 8;

        private readonly Span<byte> known = known;

        public bool IsNameWord(int token)
        {
            ref var state = ref known[token - start];
            if ((state & NameWordKnown) == 0) state |= PersonNameRecognizer.IsNameWord(tokens[token]) ? (byte)(NameWordKnown | NameWord) : NameWordKnown;
            return (state & NameWord) != 0;
        }

        public bool IsExcluded(int token)
        {
            ref var state = ref known[token - start];
            if ((state & ExcludedKnown) == 0) state |= recognizer.IsExcluded(tokens[token].Value) ? (byte)(ExcludedKnown | Excluded) : ExcludedKnown;
            return (state & Excluded) != 0;
        }
    }

    // Cheap set look-ups first; the gazetteer last.
    private bool IsExcluded(string word) =>
        words.IsStopword(word) || words.IsHonorific(word) || words.IsOrganizationHead(word) || titles.IsTitleWord(word) || words.IsDemonym(word)
        || IsWholeWordCountry(word);

    // Provinces and prefecture cities are written split often enough to matter ("Nan Ning"); smaller places
    // share their spelling with too many real names ("Liu Yang").
    private bool IsMajorPlace(ReadOnlySpan<char> word) =>
        words.TryFindPlace(word, out var place) && place.Kind is Lexicons.PlaceKind.Country or Lexicons.PlaceKind.Province or Lexicons.PlaceKind.Prefecture;

    // "Nan Ning" is a place written as two words; "Hai Nan" one written together ("Hainan"). Asked of every
    // family name and the word after it, so both spellings are assembled on the stack rather than as new strings.
    private bool IsTwoSyllablePlace(string family, Token given)
    {
        var spaced = family.Length + 1 + given.Value.Length;
        Span<char> buffer = spaced <= 64 ? stackalloc char[spaced] : new char[spaced];
        family.CopyTo(buffer);
        buffer[family.Length] = ' ';
        given.Value.CopyTo(buffer[(family.Length + 1)..]);
        if (words.TryFindPlace(buffer, out _)) return true;
        // The lower case of the given name (as ToLowerInvariant, which keeps the length): "Hai" + "nan".
        given.Lower.CopyTo(buffer[family.Length..]);
        return IsMajorPlace(buffer[..(spaced - 1)]);
    }

    private bool IsWholeWordCountry(string word) =>
        words.TryFindPlace(word, out var place) && place.Kind is Lexicons.PlaceKind.Country or Lexicons.PlaceKind.Province;

    private static Mention MakeMention(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        var span = new TextSpan(tokens[from].Span.Start, tokens[to - 1].Span.End);
        // As written, with any line break or double space inside reduced to one space.
        var value = string.Join(' ', text[span.Start..span.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new Mention(MentionKind.Person, span, from, to, value);
    }
}
