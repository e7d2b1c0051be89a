using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// precision44: what a source says of how a person is now, cared for or held ("The corporal is being treated in Osh and is
/// out of danger, the ministry said", "The arrested woman is being questioned in Termez, police said"): no incident of its
/// own. The person's wounding or detention is the event, told elsewhere; their present care or custody (retyping.json
/// careVerbs, in the present: "is being treated", "are recovering") is no warning, accusation, denial, request, offer or
/// policy declaration, so no statement either (SCHEMA.md). A clause that also tells an act ("who crossed on Friday and is
/// being held") or a speech act of its own is typed by that and left alone.
/// </summary>
internal sealed class CareStates(ClauseSyntax syntax, RetypingLexicon words)
{
    private static readonly HashSet<string> PresentTags = ["VBZ", "VBP"];

    /// <summary>True when <paramref name="incident"/> is a statement whose only content is a person's present care or custody.</summary>
    internal bool OnlyCareOrCustody(ParsedSentence parse, Clause span, ExtractedIncident incident)
    {
        if (incident.Type != IncidentType.Statement || incident.Status != IncidentStatus.Reported ||
            span.Denial || span.Blames || span.Declared || span.SaysNotHappened || span.AnswersEarlier) return false;
        var inside = ClauseSyntax.Within(parse, span.Start, span.End).ToList();
        if (inside.Any(t => t.Upos == Upos.VERB && syntax.Read(parse, t).IsSpeechAct)) return false;
        if (ReportedHead(parse, span) is not { Upos: Upos.VERB } content || !words.CareVerbs.Contains(ClauseSyntax.Lemma(content))) return false;
        // In the present ("is being questioned", "are recovering"): not "will be questioned", "was treated".
        var aux = parse.Dependents(content.Index).Where(d => d.BaseRelation == "aux").ToList();
        if (!aux.Any(a => PresentTags.Contains(a.Xpos) && ClauseSyntax.Lemma(a) == "be") || aux.Any(a => a.Xpos == "MD")) return false;
        // Of a person: a noun, a pronoun or a noun read as an adjective ("The private, who is 20, ..."), no event ("the
        // talks are being held" is a meeting's business).
        var subject = parse.Dependents(content.Index).FirstOrDefault(d => d.BaseRelation == "nsubj");
        if (subject is null || subject.Upos is not (Upos.NOUN or Upos.PRON or Upos.PROPN or Upos.ADJ) ||
            syntax.Lexicon.Classes.NounClasses(ClauseSyntax.Lemma(subject)).Any(syntax.Lexicon.ClassTypes.ContainsKey)) return false;
        // No other act told beside it ("crossed ... and is being held"): every other verb of the clause reports or is the
        // care verb's own conjunct of state; a participle that only describes the person ("two conscripts wounded in the
        // shooting", "the detained man") names the event told before, not a new one.
        return !inside.Any(t => t.Upos == Upos.VERB && t != content && !Describes(t, subject) && syntax.Read(parse, t).Role == PredicateRole.Event);

        static bool Describes(ParsedToken t, ParsedToken subject) => t.Relation is "acl" or "amod" && t.Xpos == "VBN" && t.Head == subject.Index;
    }

    // The clause's reported predicate: what a reporting verb inside it reports, or its own head when a trailing
    // "..., the service said" hangs on it; the head itself when nobody reports it.
    private ParsedToken? ReportedHead(ParsedSentence parse, Clause span)
    {
        if (ClauseSyntax.HeadOf(parse, span.Start, span.End) is not { } head) return null;
        if (syntax.Read(parse, head).Role == PredicateRole.Report)
            return ClauseSyntax.Reported(parse, head) is { } content && ClauseSyntax.Inside(content, span.Start, span.End) ? content : null;
        return head;
    }
}
