using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Cuts a sentence into clauses at the lexicon's separators and merges clauses of one type back.</summary>
internal sealed class ClauseSplitter
{
    private readonly Lexicon lexicon;

    public ClauseSplitter(Lexicon lexicon) => this.lexicon = lexicon;

    internal List<int> ClauseCuts(string text, Sentence sentence)
    {
        var cuts = new SortedSet<int> { sentence.Start, sentence.End };
        foreach (var sep in lexicon.ClauseSeparators)
        {
            var from = 0;
            while ((from = sentence.Text.IndexOf(sep, from, StringComparison.Ordinal)) >= 0)
            {
                var at = sentence.Start + from;
                var after = at + sep.Length;
                // ", which" opens a new clause only when a new subject follows ("which Ashgabat called ...").
                if (sep.Contains("which", StringComparison.Ordinal))
                {
                    if (after < text.Length && char.IsUpper(text[after])) cuts.Add(at + 2);
                }
                else if (MayCut(text, sentence, at, after, sep)) cuts.Add(at);
                from += sep.Length;
            }
        }
        return cuts.ToList();
    }

    /// <summary>
    /// A conjunction separates two incidents only outside quotations (a quote is one statement), not between two
    /// names ("Russian and Turkmen troops") and not before a relative clause ("and where ... are stationed").
    /// </summary>
    internal bool MayCut(string text, Sentence sentence, int at, int after, string sep)
    {
        var before = text[sentence.Start..at];
        var open = before.Count(c => c == '“') - before.Count(c => c == '”') + before.Count(c => c == '"') % 2;
        if (open > 0) return false;
        var nextWord = new string(text[after..sentence.End].TakeWhile(char.IsLetter).ToArray());
        if (lexicon.RelativeWords.Contains(nextWord.ToLowerInvariant())) return false;
        // "said the men were smugglers and that the group would help": a second thing said in the same breath.
        if (nextWord == "that") return false;
        if (sep.Trim() == "and")
        {
            // "an exchange between police and smugglers": the two ends of "between" are one phrase.
            if (before.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(4).Any(w => w == "between")) return false;
            var prevWord = new string(before.TrimEnd().Reverse().TakeWhile(char.IsLetter).Reverse().ToArray());
            if (prevWord.Length > 0 && nextWord.Length > 0 && char.IsUpper(prevWord[0]) && char.IsUpper(nextWord[0])) return false;
            // The last item of a list: "troops, tanks and artillery".
            var lastComma = before.LastIndexOf(',');
            if (lastComma >= 0 && before[(lastComma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2) return false;
        }
        if (sep.Trim() == "after")
        {
            // "... after Taliban fighters captured the crossing": a clause with a subject of its own, not "after two days of fighting".
            var rest = text[after..sentence.End].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            static bool Named(string w) => w.Length > 0 && char.IsUpper(w[0]) && DateWords.All(d => !w.StartsWith(d, StringComparison.Ordinal));
            return rest.Length > 1 && (Named(rest[0]) || (rest[0] is "the" or "its" or "their" && Named(rest[1])));
        }
        return true;
    }

    /// <summary>Clauses without a type of their own join a neighbour; neighbouring clauses of one type become one.</summary>
    internal static List<Clause> MergeClauses(List<Clause> spans)
    {
        var merged = new List<Clause>();
        foreach (var s in spans)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                if ((s.Type is null || last.Type is null || s.Type == last.Type) && !AnswersWithOwnVoice(last, s))
                {
                    if (last.Type is null && s.Type is not null) merged[^1] = Absorb(s, last);
                    else
                    {
                        last.End = s.End;
                        last.Tokens.AddRange(s.Tokens);
                        last.Mentions.AddRange(s.Mentions);
                        last.Denial |= s.Denial;
                    }
                    continue;
                }
                // A typed clause with no actor of its own is quoted with the words before it.
                if (!s.Mentions.Any()) s.ExcerptStart = last.ExcerptStart;
            }
            merged.Add(s);
        }
        return merged;
    }

    /// <summary>"Tajik officials accused Kyrgyz guards of firing first, which Bishkek has denied": a denial in another
    /// speaker's voice answers the claim before it; it is a statement of its own, not more of the claim.</summary>
    private static bool AnswersWithOwnVoice(Clause claim, Clause next) =>
        next.Denial && !claim.Denial && next.Type is not null && claim.Type is not null && next.Speaker is { Phrase: { } denier } speaker &&
        // (the denier named in the denial itself, not a name the speaker finder took from the words before it)
        speaker.Start >= next.Start &&
        !string.Equals(claim.Speaker?.Phrase, denier, StringComparison.OrdinalIgnoreCase);

    /// <summary>A clause that goes on with the subject of the one before: "and (then) fired on ...".</summary>
    internal static bool SharesSubject(Clause s) =>
        s.Tokens.Count > 1 && s.Tokens[0].Folded == "and" &&
        s.TriggerToken == (s.Tokens[1].Folded == "then" ? 2 : 1);

    /// <summary>
    /// "The service said a driver was wounded, and accused Tajik soldiers of firing first": a coordinated predicate with
    /// no subject of its own (in the parse) shares the subject of the clause before. Two statements so joined are one
    /// statement; an accusation after a reported event keeps its own record but takes the same speaker, never losing it;
    /// two predicates of the same event type are one event ("crossed the line and were detained").
    /// </summary>
    internal static List<Clause> JoinSharedSubject(ParsedSentence parse, List<Clause> spans, ClauseFragments fragments)
    {
        // A piece with no predicate of its own is a phrase of the clause before (first, so that what follows it is
        // joined to the clause it goes on from: "crossed the line while searching for sheep and were detained").
        // Not across a denial either way: "rejected the claim while sending two more patrols" keeps the patrols.
        // "In the run-up to the summit, on 19 January, the coast guards will sign ...": a leading prepositional phrase with no verb
        // that the parse hangs on the next clause is that clause's time or setting, not an event of its own (precision37).
        for (var k = spans.Count - 1; k >= 1; k--)
            if (spans[k].Type is not null && !spans[k - 1].Denial && LeadingSetting(parse, spans[k - 1], spans[k]))
            {
                spans[k - 1] = Absorb(spans[k], spans[k - 1]);
                spans.RemoveAt(k);
            }
        for (var k = spans.Count - 1; k >= 1; k--)
            if (spans[k - 1].Type is not null && !spans[k - 1].Denial && !spans[k].Denial && fragments.NoPredicateOfItsOwn(parse, spans[k - 1], spans[k]))
            {
                Append(spans[k - 1], spans[k]);
                spans.RemoveAt(k);
            }
        for (var k = spans.Count - 1; k >= 1; k--)
        {
            var (before, clause) = (spans[k - 1], spans[k]);
            if (before.Type is not null && fragments.CutAtDeterminer(parse, before, clause))
            {
                Append(before, clause);
                spans.RemoveAt(k);
                continue;
            }
            if (before.Type is not null && clause.Tokens is [{ Folded: "and" }, _, ..] && (Verbless(parse, clause) || AgreedAtMeeting(parse, before, clause) || ClauseFragments.CoordinatedInPhrase(parse, before, clause)))
            {
                before.AgreedOutcome |= AgreedAtMeeting(parse, before, clause);
                Append(before, clause);
                spans.RemoveAt(k);
                continue;
            }
            // "waded across the canal and were stopped by a patrol", "..., and the patrol answered": the event told on.
            if (clause.Tokens is [{ Folded: "and" }, _, ..] && before.Type is not null &&
                (fragments.ToldOn(parse, before, clause) || ClauseFragments.PassiveSequel(parse, before, clause) ||
                 (clause.Type == IncidentType.Statement && before.Type != IncidentType.Statement && ClauseFragments.SaidByTheActors(parse, before, clause))))
            {
                Append(before, clause);
                spans.RemoveAt(k);
                continue;
            }
            // "called on Kabul to track down and punish whoever was behind the shooting": an act coordinated with the
            // requested one is requested too, part of the statement.
            if (before.Type == IncidentType.Statement && !before.Denial && clause.Tokens is [{ Folded: "and" }, _, ..] && RequestedAlongside(parse, before, clause, fragments.Words))
            {
                Append(before, clause);
                spans.RemoveAt(k);
                continue;
            }
            if (before.Type is null || clause.Tokens is not [{ Folded: "and" }, _, ..] || !CoordinatedWithoutSubject(parse, before, clause)) continue;
            // "two herders crossed the line outside the checkpoint and were detained by the guards": the same event told on.
            if (clause.Type == before.Type && before.Type != IncidentType.Statement && !clause.Denial && !before.Denial)
            {
                Append(before, clause);
                spans.RemoveAt(k);
                continue;
            }
            if (clause.Type != IncidentType.Statement) continue;
            if (before.Type == IncidentType.Statement)
            {
                Append(before, clause);
                spans.RemoveAt(k);
            }
            else if (before.Speaker is { Phrase: not null }) clause.Speaker = before.Speaker;
        }
        return spans;
    }

    /// <summary>The clause's predicate is coordinated (in the parse) with one of the clause before, with no subject of its own.</summary>
    private static bool CoordinatedWithoutSubject(ParsedSentence parse, Clause before, Clause clause) =>
        ClauseFragments.ConjunctWithoutSubject(parse, before, clause) is not null;

    /// <summary>The clause's predicate, a bare verb (no tense of its own), follows a to-infinitive of the clause before
    /// that it is coordinated with or that is the complement of the predicate it is coordinated with.</summary>
    private static bool RequestedAlongside(ParsedSentence parse, Clause before, Clause clause, SyntaxLexicon words)
    {
        if (parse.Tokens.FirstOrDefault(t => t.Start == clause.Tokens[1].Start) is not { Head: >= 0, BaseRelation: "conj" } act) return false;
        // (A verb with a tense or a subject of its own is an act of the speaker: "urged Kabul to investigate and sent a note".)
        if (act.Xpos is "VBD" or "VBZ" or "VBP" or "VBN" or "VBG" || ClauseFragments.HasSubject(parse, act)) return false;
        var partner = parse.Tokens[act.Head];
        bool Infinitive(ParsedToken v) => v.Index < act.Index && ClauseSyntax.Inside(v, before.Start, before.End) && v.Upos == Upos.VERB &&
                                          parse.Dependents(v.Index).Any(m => m.BaseRelation == "mark" && words.InfinitiveMarkers.Contains(ClauseSyntax.Lemma(m)));
        return Infinitive(partner) || (ClauseSyntax.Inside(partner, before.Start, before.End) && parse.Dependents(partner.Index).Any(d => d.BaseRelation == "xcomp" && Infinitive(d)));
    }

    /// <summary>A piece with no verb that opens with a preposition and whose words outside it all hang on words of the
    /// next clause ("In the run-up to the summit, | on 19 January, the coast guards will sign").</summary>
    internal static bool LeadingSetting(ParsedSentence parse, Clause piece, Clause next)
    {
        var words = ClauseSyntax.Within(parse, piece.Start, piece.End).Where(t => t.Upos != Upos.PUNCT).ToList();
        if (words.Count == 0 || words[0].Upos != Upos.ADP || !Verbless(parse, piece)) return false;
        var tops = words.Where(t => t.Head < 0 || !ClauseSyntax.Inside(parse.Tokens[t.Head], piece.Start, piece.End)).ToList();
        // ("In a phone call on Tuesday, the presidents agreed ...": the piece's own event word heads it, a meeting of its own
        // that the next clause's outcome belongs to; only an event named under another noun, "eve", "run-up", is a setting.)
        if (piece.TriggerToken < 0 || piece.TriggerToken >= piece.Tokens.Count) return false;
        var at = piece.Tokens[piece.TriggerToken].Start;
        if (words.FirstOrDefault(w => w.Start <= at && at < w.End) is not { } eventWord) return false;
        var eventHead = eventWord.BaseRelation == "compound" && eventWord.Head >= 0 ? parse.Tokens[eventWord.Head] : eventWord;
        if (tops.Any(t => t.Index == eventHead.Index)) return false;
        return tops.Count > 0 && tops.All(t => t.Head >= 0 && t.BaseRelation is "obl" or "nmod" && ClauseSyntax.Inside(parse.Tokens[t.Head], next.Start, next.End));
    }

    /// <summary>"installed thermal cameras and a radar mast at the crossing": what follows "and" has no verb, so it is
    /// no clause but part of a phrase of the one before.</summary>
    internal static bool Verbless(ParsedSentence parse, Clause clause) =>
        !ClauseSyntax.Within(parse, clause.Start, clause.End).Any(t => t.Upos is Upos.VERB or Upos.AUX);

    /// <summary>
    /// "The two commanders spoke by telephone and agreed to pull back their units", "met in Shymkent and signed a
    /// protocol": what the parties of a meeting agree or sign in a predicate coordinated with it (sharing the meeting's
    /// subject) is the meeting's outcome, one record typed by the meeting (the corpora's convention: fresh12 R1-03,
    /// fresh17's README; type23, before which a signing so told was a second record). A signing told in a clause on the
    /// meeting ("held talks, at the end of which a protocol was signed") stays an agreement of its own
    /// (<see cref="MeetingOutcome"/>, <see cref="ClauseRetyping"/>). The reverse: "agreed to exchange contacts and to meet
    /// every quarter": a meeting to come that is part of what was agreed is the agreement's.
    /// </summary>
    internal static bool AgreedAtMeeting(ParsedSentence parse, Clause before, Clause clause) =>
        (before.Type == IncidentType.DiplomaticMeeting && clause.Type == IncidentType.Agreement &&
         ClauseSyntax.HeadOf(parse, clause.Start, clause.End) is { } head &&
         // (The parser may hang the meeting's verb under "agreed": the subject only has to lie outside the clause. "we" or
         // "they" is the meeting's parties again: "I met my counterpart, and we agreed to warn each other", news20.)
         !parse.Dependents(head.Index).Any(d => d.BaseRelation is "nsubj" or "expl" && ClauseSyntax.Inside(d, clause.Start, clause.End) &&
                                                !(d.Upos == Upos.PRON && ClauseSyntax.Lemma(d) is "we" or "they")))
        || (before.Type == IncidentType.Agreement && clause.Type == IncidentType.DiplomaticMeeting && clause.Tokens is [_, { Folded: "to" }, ..]);

    /// <summary>The clause after <paramref name="into"/> becomes part of it (its words, names and flags).</summary>
    internal static void Append(Clause into, Clause next)
    {
        into.End = next.End;
        into.Tokens.AddRange(next.Tokens);
        into.Mentions.AddRange(next.Mentions);
        TakeFlags(into, next);
    }

    internal static Clause Absorb(Clause typed, Clause before)
    {
        var joined = new Clause
        {
            Start = before.Start, End = typed.End, Tokens = [.. before.Tokens, .. typed.Tokens], Mentions = [.. before.Mentions, .. typed.Mentions],
            SentenceFirstToken = before.SentenceFirstToken, Type = typed.Type, TriggerToken = typed.TriggerToken + before.Tokens.Count,
            Speaker = typed.Speaker ?? before.Speaker, ExcerptStart = before.ExcerptStart,
            SentenceTokens = typed.SentenceTokens, SentenceMentions = typed.SentenceMentions,
        };
        TakeFlags(joined, typed);
        TakeFlags(joined, before);
        return joined;
    }

    // What a clause says of its claim (denied, answering one told before, saying it did not happen) holds for the clause it joins.
    private static void TakeFlags(Clause into, Clause from)
    {
        into.Denial |= from.Denial;
        into.AnswersEarlier |= from.AnswersEarlier;
        into.SaysNotHappened |= from.SaysNotHappened;
    }

    internal static Clause NewSpan(int start, int end, Clause within, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions) => new()
    {
        Start = start, End = end, Tokens = Slice(allTokens, start, end), Mentions = MentionsIn(allMentions, start, end),
        SentenceFirstToken = -1, ExcerptStart = start, SentenceTokens = within.SentenceTokens, SentenceMentions = within.SentenceMentions,
    };
}
