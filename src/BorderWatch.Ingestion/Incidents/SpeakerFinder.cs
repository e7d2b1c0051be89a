using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Who speaks: the whole noun phrase of a speech act's subject, its entity and whether it speaks officially.</summary>
internal sealed class SpeakerFinder
{
    private readonly Lexicon lexicon;
    // Lexicon/speakers.json (tidy37).
    private readonly SpeakerLexicon words;

    public SpeakerFinder(Lexicon lexicon, SpeakerLexicon words) => (this.lexicon, this.words) = (lexicon, words);

    internal const int MaxPhraseWords = 10;

    /// <summary>The first token of the noun phrase that ends at token <paramref name="end"/>, walking left; -1 if none.</summary>
    internal int PhraseLeft(string text, List<Token> toks, IReadOnlyList<EntityMention> mentions, int end)
    {
        var start = -1;
        var i = end;
        while (i >= 0 && end - i < MaxPhraseWords)
        {
            var t = toks[i];
            if (i < end && Breaks(text, t, toks[i + 1])) break;
            if (MentionAt(mentions, t) is { } mention)
            {
                var first = i;
                while (first > 0 && toks[first - 1].Start >= mention.Start) first--;
                // A place says where, never who: "Hairatan Uzbek officials" are Uzbek officials. But "a spokesman in
                // Takhar province": the place after "in" after an office stays inside the phrase.
                // "Residents of Khumrogi", "villagers near Isfara": the place after "of", "in" or "near" after a word
                // for people stays inside too.
                if (mention.Entry.Kind == EntryKind.Place && !AfterOfficeIn(toks, first) && !AfterPeopleOf(mentions, toks, first)) break;
                start = first;
                i = first - 1;
                continue;
            }
            var w = t.Folded;
            if (IsDateWord(t.Original)) break;
            if (Determiners.Contains(w))
            {
                start = i;
                // "a source in the republic's security agencies": a determiner after "in" after an office stays inside.
                if (AfterOfficeIn(toks, i)) { i--; continue; }
                // "the head of the Tajik border guards": a determiner after "of" stays inside.
                if (i >= 2 && toks[i - 1].Folded is "of" or "for" && !Breaks(text, toks[i - 1], t)) { i--; continue; }
                break;
            }
            if (words.PhraseLinkers.Contains(w)) { if (start < 0 || i == 0) break; i--; continue; }
            // "its ambassador to Moscow", "sources in Ashgabat": "to", "in" or "at" after an office stays inside.
            if (w is "to" or "in" or "at" && start >= 0 && i > 0 && lexicon.OfficialRoles.Matches([toks[i - 1]]).Count > 0 && !Breaks(text, toks[i - 1], t)) { i--; continue; }
            if (start == i + 1 && AfterPeopleOf(mentions, toks, i + 1) && !Breaks(text, t, toks[i + 1])) { i--; continue; }
            if (lexicon.SpeakerStops.Contains(w) || char.IsDigit(w[0])) break;
            start = i;
            i--;
        }
        return start;
    }

    /// <summary>Token <paramref name="i"/> follows "in"/"at" that follows an office word ("sources in", "a spokesman at").</summary>
    internal bool AfterOfficeIn(List<Token> toks, int i) =>
        i >= 2 && toks[i - 1].Folded is "in" or "at" && lexicon.OfficialRoles.Matches([toks[i - 2]]).Count > 0;

    /// <summary>Token <paramref name="i"/> follows "of", "in", "near" or "from" that follows a plural common noun ("residents of", "villagers near").</summary>
    internal bool AfterPeopleOf(IReadOnlyList<EntityMention> mentions, List<Token> toks, int i) =>
        i >= 2 && toks[i - 1].Folded is "of" or "in" or "near" or "from" && toks[i - 2] is var noun && noun.Folded.Length > 3 && noun.Folded.EndsWith('s') &&
        noun.Folded.All(char.IsLetter) && MentionAt(mentions, noun) is null && !lexicon.SpeakerStops.Contains(noun.Folded) && !IsDateWord(noun.Original);

    /// <summary>The last token of the noun phrase that starts at token <paramref name="start"/>, walking right; -1 if none.</summary>
    internal int PhraseRight(string text, List<Token> toks, IReadOnlyList<EntityMention> mentions, int start)
    {
        var last = -1;
        var i = start;
        while (i < toks.Count && i - start < MaxPhraseWords)
        {
            var t = toks[i];
            if (i > start && Breaks(text, toks[i - 1], t)) break;
            if (MentionAt(mentions, t) is { } mention)
            {
                if (mention.Entry.Kind == EntryKind.Place) break;
                var lastToken = i;
                while (lastToken + 1 < toks.Count && toks[lastToken + 1].End <= mention.End) lastToken++;
                last = lastToken;
                i = lastToken + 1;
                continue;
            }
            var w = t.Folded;
            if (Determiners.Contains(w))
            {
                if (i == start || toks[i - 1].Folded is "of" or "for" or "in" or "at" or "to") { i++; continue; }
                break;
            }
            if (words.PhraseLinkers.Contains(w))
            {
                if (last < 0 || i + 1 >= toks.Count || lexicon.SpeakerStops.Contains(toks[i + 1].Folded)) break;
                i++;
                continue;
            }
            // "a source in the Defence Ministry", "officials in Bishkek": "in", "at" or "to" after an office stays inside.
            if (w is "in" or "at" or "to" && last == i - 1 && lexicon.OfficialRoles.Matches([toks[i - 1]]).Count > 0) { i++; continue; }
            if (lexicon.SpeakerStops.Contains(w) || char.IsDigit(w[0])) break;
            last = i;
            i++;
        }
        return last;
    }

    /// <summary>A speaker from the noun phrase toks[first..last]: its entity (a person before an organization before a state) and whether it speaks officially.</summary>
    internal Speaker? PhraseSpeaker(string text, List<Token> toks, IReadOnlyList<EntityMention> mentions, int first, int last)
    {
        if (first < 0 || last < first || Determiners.Contains(toks[last].Folded) || words.PhraseLinkers.Contains(toks[last].Folded)) return null;
        var start = toks[first].Start;
        var end = toks[last].End;
        // The office's own words, not its posting: in "ambassador to Moscow" Moscow does not speak.
        var inside = mentions.Where(m => m.Start >= start && m.End <= end && m.Entry.Kind != EntryKind.Place &&
                                         !(toks.FindIndex(t => t.Start == m.Start) is var k && k > first && toks[k - 1].Folded == "to")).ToList();
        var entry = inside.LastOrDefault(m => m.Entry.Kind == EntryKind.Person)?.Entry
                    ?? inside.LastOrDefault(m => m.Entry.Kind is EntryKind.Organization or EntryKind.ArmedGroup or EntryKind.Media)?.Entry
                    ?? inside.LastOrDefault()?.Entry;
        var official = entry is not null || lexicon.OfficialRoles.Matches(toks.GetRange(first, last - first + 1)).Count > 0;
        // A person is named canonically only when the phrase ends with the name ("Tajik President Emomali Rahmon"),
        // not when the name only qualifies it ("the Trump administration").
        var head = inside.LastOrDefault(m => m.End == end);
        if (entry?.Kind == EntryKind.Person && head?.Entry != entry) entry = head?.Entry ?? inside.LastOrDefault(m => m.Entry.Kind != EntryKind.Person)?.Entry;
        // "Umarov said" after "Temur Umarov" was named: the surname stands for the full name, who speaks on the record.
        // The surname of an official named with the office ("Foreign Minister Vladimir Norov") speaks for that office.
        if (entry is null && first == last && FullNameBefore(text, toks[first]) is { } fullName)
            return new Speaker(fullName.Official, fullName.Name, null, start, end, Named: true, NamedBefore: true);
        return new Speaker(official, text[start..end], entry, start, end, Named: IsProperName(toks, mentions, first, last));
    }

    /// <summary>"Temur Umarov" earlier in the text for the lone surname "Umarov", if there is one.</summary>
    internal (string Name, bool Official)? FullNameBefore(string text, Token surname)
    {
        var word = surname.Original;
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower) || IsDateWord(word)) return null;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text[..surname.Start],
                     @"\b(\p{Lu}\p{Ll}+)\s+" + System.Text.RegularExpressions.Regex.Escape(word) + @"\b"))
        {
            var given = m.Groups[1].Value.ToLowerInvariant();
            if (words.NameStops.Contains(given) || lexicon.OfficialRoles.Matches(NameNormalizer.Tokenize(given)).Count > 0 || IsDateWord(given)) continue;
            // An office right before the full name ("Foreign Minister Vladimir Norov", "spokesman Bilal Karimi").
            var before = NameNormalizer.Tokenize(text[Math.Max(0, m.Index - 40)..m.Index]);
            var official = before.Count > 0 && lexicon.OfficialRoles.Matches([before[^1]]).Count > 0;
            return (m.Groups[1].Value + " " + word, official);
        }
        return null;
    }

    /// <summary>Two to four capitalised words with no date word and no place among them: a name.</summary>
    internal static bool IsProperName(List<Token> toks, IReadOnlyList<EntityMention> mentions, int first, int last)
    {
        var words = toks.GetRange(first, last - first + 1).Where(t => !Determiners.Contains(t.Folded)).ToList();
        return words.Count is >= 2 and <= 4 && words.All(t => char.IsUpper(t.Original[0]) && !IsDateWord(t.Original) && MentionAt(mentions, t) is not { Entry.Kind: EntryKind.Place });
    }

    /// <summary>
    /// The one who speaks, as a whole noun phrase: after a passive "by"; after the verb when it is inverted ("..., said
    /// the head of the border guards"); else the phrase just before the verb (past adverbs, and past an apposition set
    /// off by commas: "Alikbek Dzhekshenkulov, Kyrgyz ambassador to Moscow, said"); else the nearest name or official
    /// noun before, then after, the verb. A place is never the speaker.
    /// </summary>
    internal Speaker FindSpeaker(string text, Clause span, PhraseMatch speech)
    {
        var toks = span.SentenceTokens;
        var mentions = span.SentenceMentions;
        var first = toks.FindIndex(t => t.Start == span.Tokens[speech.First].Start);
        var last = toks.FindIndex(t => t.Start == span.Tokens[speech.Last].Start);
        bool ClosesClause(int e) => e + 1 >= toks.Count || Breaks(text, toks[e], toks[e + 1]) || words.AfterSpeaker.Contains(toks[e + 1].Folded);
        Speaker? Right(int from)
        {
            var e = PhraseRight(text, toks, mentions, from);
            if (e < 0 || !ClosesClause(e)) return null;
            // "said the Kyrgyz envoy, Alikbek Dzhekshenkulov, ...": the name in apposition is the speaker.
            if (e + 1 < toks.Count && Breaks(text, toks[e], toks[e + 1]) && MentionAt(mentions, toks[e + 1]) is { Entry.Kind: EntryKind.Person } person)
            {
                var p = e + 1;
                while (p + 1 < toks.Count && toks[p + 1].End <= person.End) p++;
                if (ClosesClause(p)) return PhraseSpeaker(text, toks, mentions, from, p);
            }
            return PhraseSpeaker(text, toks, mentions, from, e);
        }

        if (last + 1 < toks.Count && toks[last + 1].Folded == "by")
            return (last + 2 < toks.Count ? Right(last + 2) : null) ?? new Speaker(false, null, null);

        // Inverted: "“...,” said the envoy", "Militants attacked a post, said the head of the border guards."
        if (first > 0 && last + 1 < toks.Count && text.AsSpan(toks[first - 1].End, toks[first].Start - toks[first - 1].End).IndexOfAny(",”\"") >= 0 &&
            toks[last + 1].Folded != "that" && Right(last + 1) is { } inverted && (inverted.Official || inverted.Named) &&
            !(inverted.Entry?.Kind == EntryKind.State && mentions.Any(m => m.Start == inverted.Start && m.End == inverted.End)))
            return inverted;

        var j = first - 1;
        while (j >= 0 && words.BeforeSpeechVerb.Contains(toks[j].Folded) && !Breaks(text, toks[j], toks[j + 1])) j--;
        // "The reports, which appeared on Telegram on Sunday, said ...": the speaker is the phrase before the relative clause.
        if (j >= 1 && text.AsSpan(toks[j].End, toks[j + 1].Start - toks[j].End).IndexOf(',') >= 0)
        {
            var open = j;
            while (open > 0 && !Breaks(text, toks[open - 1], toks[open])) open--;
            if (open > 0 && lexicon.RelativeWords.Contains(toks[open].Folded) && text.AsSpan(toks[open - 1].End, toks[open].Start - toks[open - 1].End).IndexOf(',') >= 0 &&
                PhraseSpeaker(text, toks, mentions, PhraseLeft(text, toks, mentions, open - 1), open - 1) is { } antecedent)
                return antecedent;
        }
        if (j >= 0)
        {
            if (words.PersonalPronouns.Contains(toks[j].Folded)) return new Speaker(false, null, null);
            var comma = text.AsSpan(toks[j].End, toks[j + 1].Start - toks[j].End).IndexOf(',') >= 0;
            var phraseStart = PhraseLeft(text, toks, mentions, j);
            if (comma && phraseStart >= 0)
            {
                // An apposition before the verb: a name in it speaks; otherwise the phrase before it does.
                var appositive = PhraseSpeaker(text, toks, mentions, phraseStart, j);
                if (appositive?.Entry is { Kind: not EntryKind.State }) return appositive;
                var k = phraseStart;
                while (k > 0 && text.AsSpan(toks[k - 1].End, toks[k].Start - toks[k - 1].End).IndexOf(',') < 0) k--;
                if (k > 0 && PhraseSpeaker(text, toks, mentions, PhraseLeft(text, toks, mentions, k - 1), k - 1) is { } head && (head.Official || head.Named)) return head;
            }
            if (!comma && PhraseSpeaker(text, toks, mentions, phraseStart, j) is { } before) return before;
        }

        // Fallback: the nearest name or official noun before the verb, else after it.
        Speaker? At(int i, bool forward)
        {
            var t = toks[i];
            var mention = MentionAt(mentions, t);
            if (mention is not null && mention.Entry.Kind != EntryKind.Place && (!forward || mention.Entry.Kind != EntryKind.State))
                return new Speaker(true, mention.Text, mention.Entry, mention.Start, mention.End);
            if (lexicon.OfficialRoles.Matches([t]).Count > 0 && PhraseLeft(text, toks, mentions, i) is var s0 && s0 >= 0)
                return PhraseSpeaker(text, toks, mentions, s0, i);
            return null;
        }
        // "on how Kyrgyzstan has fared": the subject of an indirect question is its topic, not a speaker.
        bool Topic(int i) => Enumerable.Range(Math.Max(0, i - 2), Math.Min(2, i)).Any(k => toks[k].Folded is "how" or "whether" or "why" or "what");
        for (var i = first - 1; i >= Math.Max(0, first - 10); i--)
        {
            if (Topic(i)) continue;
            if (At(i, forward: false) is { } s) return s;
            var t = toks[i];
            if (words.PersonalPronouns.Contains(t.Folded)) return new Speaker(false, null, null);
            if (char.IsUpper(t.Original[0]) && !words.NameStops.Contains(t.Folded) && !IsDateWord(t.Original) && i > 0 && MentionAt(mentions, t) is null)
                // The whole name the word ends: "Tajikistan's State Committee for National Security", not "Security".
                return PhraseLeft(text, toks, mentions, i) is var s0 && s0 >= 0 && PhraseSpeaker(text, toks, mentions, s0, i) is { } named
                    ? named : new Speaker(false, t.Original, null, t.Start, t.End);
        }
        // (Not into the clause the verb reports: "told reporters that Kyrgyz troops had ...".)
        for (var i = last + 1; i < Math.Min(toks.Count, last + 7) && toks[i].Folded != "that"; i++)
            if (At(i, forward: true) is { } s) return s;
        return new Speaker(false, null, null);
    }
}
