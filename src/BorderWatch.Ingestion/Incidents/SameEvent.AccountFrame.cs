using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Language;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// precision38, mend37: a side's account of the page's event, in a sentence opened by a frame that names an account
/// already known ("According to the Afghan side's account, the Turkmen soldiers waded in first ...", "In the ministry's
/// version, ..."), tells that event again from one side: part of the last field event on record (a clash, a crossing, a
/// capture, a patrol, a deployment; not planned) whose border fits, with a time of its own only when it fits that event's,
/// naming no party that event lacks (the states of the frame are the teller's), and of a type that fits
/// (<see cref="SameEventRule.AccountRetold"/>: the record's own type, or both among the field acts one account tells as
/// one incident, <see cref="DeclarationLexicon.AccountFrameTypes"/>). A crossing or a capture, a deployment or a
/// statement under the frame is an act of its own (fresh13's gold keeps such a crossing told in the pluperfect). An account with an indefinite word ("In a note sent on Monday, ...") is a speech act of its own.
/// </summary>
internal sealed partial class SameEvent
{
    internal int AccountRetelling(Clause span, ExtractedIncident incident, ParsedSentence parse, IReadOnlyList<ExtractedIncident> before)
    {
        if (before.Count == 0 || incident.Status == IncidentStatus.Planned || AccountFrame(parse) is not { } frame) return -1;
        var told = TellingOf(incident, Telling.PartiesOf(span, frame));
        for (var k = before.Count - 1; k >= 0; k--)
        {
            var e = before[k];
            if (!Continuing.Contains(e.Type) || e.Status is IncidentStatus.Planned or IncidentStatus.Denied) continue;
            return EventIdentity.Same(e, told, SameEventRule.AccountRetold, oneIncident: declarations.AccountFrameTypes) ? k : -1;
        }
        return -1;
    }

    // How far into the sentence the frame's account noun may lie ("According to the Turkmen State Border Service's account,").
    private const int FrameWords = 8;

    /// <summary>The span of the sentence's opening account frame, up to its comma: an opener, a definite word, an account
    /// noun and nothing that reads as a verb; null when the sentence does not open so.</summary>
    internal (int Start, int End)? AccountFrame(ParsedSentence parse)
    {
        var tokens = parse.Tokens.Select(t => (Folded: t.Form.ToLowerInvariant(), t.Start, t.End)).ToList();
        var opener = declarations.AccountFrameOpeners.Select(o => o.Split(' ')).FirstOrDefault(o => o.Length <= tokens.Count &&
            o.Select((w, i) => tokens[i].Folded == w).All(x => x));
        if (opener is null) return null;
        var comma = -1;
        for (var i = opener.Length; i < tokens.Count && i <= opener.Length + FrameWords; i++)
            if (tokens[i].Folded == ",") { comma = i; break; }
        if (comma < 0) return null;
        var inside = Enumerable.Range(opener.Length, comma - opener.Length).Select(i => tokens[i]).ToList();
        var noun = inside.FindLastIndex(t => declarations.AccountFrameNouns.Contains(t.Folded));
        // (The account noun closes the frame: "According to the ministry's statement,", not "In the statement's last line,".)
        if (noun < 0 || noun != inside.Count - 1) return null;
        // (A possessive may come as a token of its own or on its noun: "the service 's", "the service's".)
        if (!inside.Take(noun).Any(t => declarations.AccountFrameDeterminers.Contains(t.Folded) ||
                                        declarations.AccountFrameDeterminers.Any(d => d[0] is '\'' or '’' && t.Folded.EndsWith(d, StringComparison.Ordinal))))
            return null;
        return (tokens[0].Start, tokens[comma].End);
    }
}
