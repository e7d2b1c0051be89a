using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>An incident's status: denied, unconfirmed, planned or reported.</summary>
internal sealed class StatusRules
{
    private readonly Lexicon lexicon;
    private readonly SourceOffices offices;
    private readonly KinSources kin;

    public StatusRules(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        offices = new SourceOffices(lexicon);
        kin = new KinSources(lexicon);
    }

    /// <summary>"Farmers near Isfara told reporters that ...": people who speak for no office and are not named.</summary>
    internal static bool UnnamedPeople(Speaker? speaker)
    {
        if (speaker is not { Official: false, Named: false, Entry: null, Phrase: { } phrase }) return false;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => Determiners.Contains(w.ToLowerInvariant()) || w.All(char.IsDigit)).ToList();
        // A plural common noun ("villagers", "local farmers"), up to where a place may follow ("of", "in", "near").
        var head = words.TakeWhile(w => w is not ("of" or "in" or "near" or "from")).ToList();
        return head.Count > 0 && head[^1] is { Length: > 3 } noun && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) &&
               noun.All(char.IsLetter) && head.Skip(1).All(w => w.All(c => !char.IsLetter(c) || char.IsLower(c))) && (head.Count > 1 || words.Count > 1 || char.IsLower(noun[0]) || noun == words[0]);
    }

    internal IncidentStatus Status(string text, Sentence sentence, Clause span, IncidentType type, bool nextDenies, bool previousAnonymous, List<Token> allTokens,
        bool anonymousSource)
    {
        var f = span.SentenceFirstToken;
        if (span.Denial || nextDenies) return IncidentStatus.Denied;
        // A source that withholds its name is not on the record, whatever it says.
        var speaksAnonymously = lexicon.SpeaksAnonymously.Matches(span.Tokens, f).Count > 0;
        // A statement is on the record: what it says may be uncertain or future, the saying is not.
        if (type == IncidentType.Statement) return speaksAnonymously ? IncidentStatus.Unconfirmed : IncidentStatus.Reported;
        if (speaksAnonymously && !PlannedCue(text, sentence, span, allTokens)) return IncidentStatus.Unconfirmed;
        if (lexicon.Unconfirmed.Matches(span.Tokens, f).Count > 0) return IncidentStatus.Unconfirmed;
        // What unnamed people say is still to come is planned ("are due to meet tomorrow, officials on both sides said").
        // (Relatives telling what happened to their own are no such people: attrib44, KinSources.)
        if ((anonymousSource || UnnamedPeople(span.Speaker)) && !kin.Tells(span.Speaker?.Phrase) && !PlannedCue(text, sentence, span, allTokens)) return IncidentStatus.Unconfirmed;
        // "The border guard said ..." right after a source spoke on condition of anonymity: still that source.
        if (previousAnonymous && span.Speaker is { Official: true, Entry: null } && sentence.Text.StartsWith("The ", StringComparison.Ordinal))
            return IncidentStatus.Unconfirmed;
        return PlannedCue(text, sentence, span, allTokens) ? IncidentStatus.Planned : IncidentStatus.Reported;
    }

    /// <summary>"Afghan residents and a Taliban district official", "drivers and the transport ministry": sources joined with an
    /// office (statements.json officialRoles, not a word lay sources share such as "sources") are on the record (status29;
    /// <see cref="SourceOffices"/>, shared with <see cref="AccountStatus"/>).</summary>
    internal bool OfficeAmong(string source) => offices.Among(source);

    /// <summary>The source is relatives of those the event befell (<see cref="KinSources"/>, attrib44).</summary>
    internal bool KinTells(string? source) => kin.Tells(source);

    /// <summary>A planned cue governs the clause's trigger: shortly before it in the same stretch of the sentence, or after it ("are scheduled to").</summary>
    internal bool PlannedCue(string text, Sentence sentence, Clause span, List<Token> allTokens)
    {
        // Planned: a cue shortly before the trigger, in the same stretch of the sentence (no comma between).
        if (span.TriggerToken >= 0 && span.TriggerToken < span.Tokens.Count)
        {
            var trigger = span.Tokens[span.TriggerToken];
            var sentenceTokens = Slice(allTokens, sentence.Start, sentence.End);
            var triggerIndex = sentenceTokens.FindIndex(t => t.Start == trigger.Start);
            foreach (var m in lexicon.Planned.Matches(sentenceTokens, 0))
            {
                if (Attributive(sentenceTokens, m.First, m.Last)) continue;
                if (m.Last >= triggerIndex || triggerIndex - m.Last > lexicon.PlannedWindow) continue;
                var between = text[sentenceTokens[m.Last].End..trigger.Start];
                if (between.IndexOfAny([',', ';', ':']) < 0) return true;
            }
            // "Joint exercises are scheduled to take place ...", "Talks on the disputed sections will resume ...": a cue
            // after the trigger, in the same stretch and not in a relative clause.
            foreach (var m in lexicon.PlannedAfter.Matches(sentenceTokens, 0))
            {
                if (Attributive(sentenceTokens, m.First, m.Last)) continue;
                if (m.First <= triggerIndex || m.First - triggerIndex > lexicon.PlannedAfterWindow) continue;
                if (text[trigger.End..sentenceTokens[m.First].Start].IndexOfAny([',', ';', ':']) < 0 &&
                    !sentenceTokens.Skip(triggerIndex + 1).Take(m.First - triggerIndex - 1).Any(t => lexicon.RelativeWords.Contains(t.Folded) || t.Folded == "that"))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A one-word cue that describes the noun after it ("to discuss the planned railway", "for their last scheduled
    /// session"): the word just before it opens a noun phrase (status.json attributiveOpeners), so it plans nothing.
    /// </summary>
    private bool Attributive(List<Token> tokens, int first, int last) =>
        first == last && first > 0 && lexicon.AttributiveCues.Contains(tokens[first].Folded) && lexicon.AttributiveOpeners.Contains(tokens[first - 1].Folded);
}
