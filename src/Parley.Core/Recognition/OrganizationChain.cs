using Parley.Text;

namespace Parley.Recognition;

/// <summary>
/// Reads organization names as written: a run of capitalized words, acronyms and ordinals joined by
/// "of", "for", "the", "&amp;" and possessives ("China Council for the Promotion of International Trade",
/// "CPC Chifeng Committee", "14th National People's Congress", "our council"). Reads forwards (after
/// "of"/"at") and backwards (an organization written before a title: "CCPIT spokesperson").
/// </summary>
public sealed class OrganizationChain(NameKnowledge words)
{
    /// <summary>The shared reader over the default lexicons (it holds no state).</summary>
    public static OrganizationChain Default { get; } = new(NameKnowledge.Default);

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "the", "&", "and", "on", "de", "du" };

    // Lower-case words that end a place's name as a body: "Dali city", "Anhui province".
    private static readonly HashSet<string> DivisionWords = new(StringComparer.Ordinal)
    {
        "city", "province", "prefecture", "county", "district", "municipality", "region", "aimag", "oblast", "state",
    };

    // Words that place a region within a country: "East China's Anhui province".
    private static readonly HashSet<string> CompassWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "central", "eastern", "western", "northern", "southern",
    };

    // Lower-case words that may open an organization name written in running text ("municipal People's Committee").
    private static readonly HashSet<string> LowerOpeners = new(StringComparer.Ordinal)
    {
        "municipal", "provincial", "national", "city", "county", "district", "local", "central", "regional", "state", "our", "their", "its",
    };

    /// <summary>
    /// Most tokens an organization name may span, read either way: the longest names in the corpus take 14 tokens
    /// ("China Council for the Promotion of International Trade Beijing Sub-council" takes 11), with room to spare.
    /// A longer capitalized run (an all-caps headline, a chain of titles) would otherwise be read whole again from
    /// every title word in it, which costs the square of its length.
    /// </summary>
    private const int MaxNameTokens = 24;

    /// <summary>Where an organization name was read, and the acronym written after it in parentheses, if any.</summary>
    public readonly record struct Found(string Name, int Start, int End, string? Acronym);

    /// <summary>
    /// Reads one organization starting at <paramref name="i"/> (a leading "the" is skipped), stopping
    /// before <paramref name="limit"/> and before any token in <paramref name="personStarts"/>.
    /// </summary>
    public Found? ReadForward(string text, IReadOnlyList<Token> tokens, int i, int limit, ISet<int> personStarts,
        Func<int, bool>? stopAt = null, bool requireOrganizationWord = true)
    {
        var definite = i < limit && tokens[i].Is("the");
        if (definite) i++;
        var start = i;
        var sawOf = false;
        var lastGood = -1;
        var j = i;
        // "our council", "the municipal government": an opener and a lower-case organization word;
        // "the city's commerce bureau": a division's possessive and lower-case words ending in one.
        if (j + 1 < limit && tokens[j].Kind == TokenKind.Word && LowerOpeners.Contains(tokens[j].Value))
        {
            j++;
            if (tokens[j].Kind == TokenKind.Possessive && DivisionWords.Contains(tokens[j - 1].Value)) j++;
            for (var k = j; k < Math.Min(limit, j + 3) && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized; k++)
            {
                if (!words.IsOrganizationHead(tokens[k].Value)) continue;
                var own = text[tokens[start].Span.Start..tokens[k].Span.End];
                return new Found(own, start, k + 1, null);
            }
        }
        // "the project construction administration bureau": a named body written in lower case.
        if (definite && j == start && start + 1 < limit && tokens[start].Kind == TokenKind.Word && !tokens[start].IsCapitalized)
        {
            var head = -1;
            for (var k = start + 1; k < Math.Min(limit, start + 5) && tokens[k].Kind == TokenKind.Word && !tokens[k].IsCapitalized && !Connectors.Contains(tokens[k].Value); k++)
                if (words.IsOrganizationHead(tokens[k].Value)) head = k;
            return head < 0 ? null : new Found(text[tokens[start].Span.Start..tokens[head].Span.End], start, head + 1, null);
        }
        while (j < limit && j - start < MaxNameTokens)
        {
            var t = tokens[j];
            if (j > start && t.BreakBefore) break;
            if (personStarts.Contains(j) && j > start) break;
            if (j > start && stopAt is not null && stopAt(j)) break;
            if (IsNamePart(t))
            {
                lastGood = j;
                j++;
                continue;
            }
            if (t.Kind == TokenKind.Word && !t.IsCapitalized && j == lastGood + 1 && lastGood >= start
                && (words.IsOrganizationHead(t.Value) || DivisionWords.Contains(t.Value)) && !Connectors.Contains(t.Value))
            {
                // "our council", "the municipal government", "Dali city": a lower-case head word closes the name.
                lastGood = j;
                j++;
                break;
            }
            if (lastGood < 0) break;
            if (t.Kind == TokenKind.Possessive && j + 1 < limit && IsNamePart(tokens[j + 1]) && !(stopAt?.Invoke(j + 1) ?? false))
            {
                // "Japan's Nagano prefecture", "East China's Anhui": a place before a possessive only locates the name after it.
                if (IsLocator(tokens, start, j)) { start = j + 1; sawOf = false; }
                j++;
                continue;
            }
            if ((t.Is('-') || t.Is('–')) && j + 1 < limit && IsNamePart(tokens[j + 1]) && !tokens[j + 1].BreakBefore) { j++; continue; }
            if (t.Kind == TokenKind.Word && Connectors.Contains(t.Value))
            {
                // "CCPIT and CCOIC" are two organizations, but in "Development and Reform Commission" the words
                // before "and" name nothing by themselves.
                if (t.Is("and") && !sawOf && !JoinsOneName(tokens, j, limit, personStarts)) break;
                var k = j + 1;
                while (k < limit && tokens[k].Kind == TokenKind.Word && Connectors.Contains(tokens[k].Value) && !tokens[k].Is("and")) k++;
                // "… Chamber of Commerce on May 2": a date after a connector ends the name.
                if (k < limit && IsNamePart(tokens[k]) && !personStarts.Contains(k) && !Dates.CalendarWords.TryMonth(tokens[k].Value, out _, out _))
                {
                    if (t.Is("of") || t.Is("for")) sawOf = true;
                    j = k;
                    continue;
                }
            }
            break;
        }
        if (lastGood < start) return null;
        var end = lastGood + 1;
        // "the Japanese prefecture": a nationality adjective names no organization.
        if (words.IsDemonym(tokens[start].Value) && (end == start + 1 || end == start + 2 && DivisionWords.Contains(tokens[start + 1].Value))) return null;
        var name = text[tokens[start].Span.Start..tokens[end - 1].Span.End];
        if (requireOrganizationWord && !LooksLikeOrganization(tokens, start, end)) return null;
        var acronym = ReadParenthesizedAcronym(tokens, end, limit, out var afterParen);
        return new Found(name, start, acronym is null ? end : afterParen, acronym);
    }

    /// <summary>
    /// Reads an organization that ends right before token <paramref name="end"/> (e.g. before a title word),
    /// going back no further than <paramref name="floor"/> and stopping at any token in <paramref name="personEnds"/>.
    /// </summary>
    public Found? ReadBackward(string text, IReadOnlyList<Token> tokens, int end, int floor, ISet<int> personEnds)
    {
        floor = Math.Max(floor, end - MaxNameTokens);
        var j = end - 1;
        string? acronym = null;
        // "... International Trade (CCPIT) chairman": step over the parenthesized acronym.
        if (j - 2 >= floor && tokens[j].Is(')') && tokens[j - 2].Is('(') && tokens[j - 1].IsAllCaps)
        {
            acronym = tokens[j - 1].Value;
            j -= 3;
        }
        // "Hebei provincial Party Secretary": a lower-case adjective between the name and the title.
        if (j - 1 >= floor && tokens[j].Kind == TokenKind.Word && !tokens[j].IsCapitalized && LowerOpeners.Contains(tokens[j].Value) && IsNamePart(tokens[j - 1]))
            j--;
        var last = j;
        var first = -1;
        while (j >= floor)
        {
            if (personEnds.Contains(j + 1) && j < last) break;
            var t = tokens[j];
            if (IsNamePart(t)) { first = j; if (t.BreakBefore) break; j--; continue; }
            if (first > 0 && (t.Kind == TokenKind.Possessive || (t.Kind == TokenKind.Word && Connectors.Contains(t.Value) && !t.Is("and")))
                && j - 1 >= floor && (IsNamePart(tokens[j - 1]) || tokens[j - 1].Kind == TokenKind.Word && Connectors.Contains(tokens[j - 1].Value)))
            {
                j--;
                continue;
            }
            break;
        }
        if (first < 0) return null;
        // Drop a leading "The" of a sentence-initial name and leading connectors.
        while (first <= last && tokens[first].Kind == TokenKind.Word && Connectors.Contains(tokens[first].Value)) first++;
        if (first > last) return null;
        var name = text[tokens[first].Span.Start..tokens[last].Span.End];
        return new Found(name, first, end, acronym);
    }

    // "and" at j joins the words of one name when the word before it is an ordinary capitalized word and
    // the capitalized run after it ends in an organization word.
    private bool JoinsOneName(IReadOnlyList<Token> tokens, int j, int limit, ISet<int> personStarts)
    {
        var before = tokens[j - 1];
        if (before.Kind != TokenKind.Word || before.IsAllCaps || words.IsOrganizationHead(before.Value) || words.IsPlace(before.Value)) return false;
        var k = j + 1;
        while (k < limit && IsNamePart(tokens[k]) && !personStarts.Contains(k) && !tokens[k].BreakBefore) k++;
        return k > j + 1 && words.IsOrganizationHead(tokens[k - 1].Value);
    }

    // Places, optionally with compass words ("East China", "Japan").
    private bool IsLocator(IReadOnlyList<Token> tokens, int start, int end)
    {
        var place = false;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].Kind != TokenKind.Word) return false;
            if (words.IsPlace(tokens[k].Value)) place = true;
            else if (!CompassWords.Contains(tokens[k].Value)) return false;
        }
        return place;
    }

    /// <summary>True when the words contain an organization word, an acronym or a place, so they can name an organization.</summary>
    public bool LooksLikeOrganization(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word) continue;
            if (t.IsAllCaps || words.IsOrganizationHead(t.Value) || words.IsPlace(t.Value)) return true;
        }
        var phrase = string.Join(' ', Enumerable.Range(start, end - start).Select(k => tokens[k].Value));
        return words.IsPlace(phrase);
    }

    private static string? ReadParenthesizedAcronym(IReadOnlyList<Token> tokens, int i, int limit, out int after)
    {
        after = i;
        if (i + 2 < limit && tokens[i].Is('(') && tokens[i + 2].Is(')') && tokens[i + 1].Kind == TokenKind.Word
            && (tokens[i + 1].IsAllCaps || char.IsUpper(tokens[i + 1].Value[0]) && tokens[i + 1].Value.Count(char.IsUpper) >= 2))
        {
            after = i + 3;
            return tokens[i + 1].Value;
        }
        return null;
    }

    private static bool IsNamePart(Token t) =>
        (t.Kind == TokenKind.Word && (t.IsCapitalized || t.IsAllCaps))
        || (t.Kind == TokenKind.Number && t.Value.Length <= 4 && char.IsLetter(t.Value[^1])); // "14th"
}
