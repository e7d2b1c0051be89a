using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A denial happens when it is made, not when the event it denies would have: "Not a single shot was fired from our side on
/// Monday or on any other day" said in a briefing on Thursday is Thursday's denial; "The troops did not enter Kyrgyz
/// territory on 7 November, the bulletin says" is the bulletin's. A date inside what is denied (under the negated predicate,
/// or what a denial verb rejects: "denied that its guards crossed on Sunday") does not date the denial; a date of the saying
/// ("said on Tuesday that no shot was fired on Monday") does, else the day of writing (the document's, or its entry's).
/// </summary>
internal sealed class DenialDay(ClauseSyntax syntax, DateResolver resolver)
{
    internal const string Note = "a denial: the day it was made, not a date in what it denies";

    internal ExtractedIncident Apply(AnalysisInput input, int si, ParsedSentence parse, Clause span, ExtractedIncident incident, DateContext context)
    {
        if (incident.Type != IncidentType.Statement || incident.Status != IncidentStatus.Denied || incident.DateBasis != DateBasis.OwnWords) return incident;
        var denied = DeniedContent(parse, span);
        if (denied.Count == 0) return incident;
        var trigger = ParsedClauseRules.TriggerIn(parse, span)?.Start;
        // The date the clause was given must be one that stands in the denied content.
        var all = resolver.Resolve(input.Sentences, si, span.Start, span.End, context, null, trigger);
        if (all.Expression is not { } used || all.Date != incident.Date || !denied.Any(r => used.Start >= r.Start && used.End <= r.End)) return incident;
        var own = resolver.Resolve(input.Sentences, si, span.Start, span.End, context, denied, trigger);
        if (own.HasExpression && own.Date.IsKnown) return incident with { Date = own.Date, DateInferred = own.Inferred, DateNote = own.Note, DateBasis = DateBasis.OwnWords };
        var day = context.At(si).Reference;
        return incident with { Date = day, DateInferred = true, DateNote = Note, DateBasis = DateBasis.Document };
    }

    /// <summary>The stretches of the clause that tell what is denied: the subtree of each negated predicate ("did not enter
    /// ...", "no drone has flown ...", "not a single shot was fired ...") and what a denial verb rejects (its clause or object).</summary>
    internal List<(int Start, int End)> DeniedContent(ParsedSentence parse, Clause span)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var t in parse.Tokens.Where(t => ClauseSyntax.Inside(t, span.Start, span.End) && t.Upos is Upos.VERB or Upos.NOUN or Upos.ADJ))
        {
            IEnumerable<ParsedToken> content;
            if (t.Upos == Upos.VERB && syntax.Read(parse, t).Role == PredicateRole.Denial)
                content = parse.Dependents(t.Index).Where(d => d.BaseRelation is "ccomp" or "obj").SelectMany(d => ParsedClauseRules.Subtree(parse, d));
            else if (t.Upos == Upos.VERB && (ClauseSyntax.Negated(parse, t) || ClauseSyntax.NegatedArgument(parse, t)) && syntax.Read(parse, t).Role is not (PredicateRole.Report or PredicateRole.Statement))
                content = ParsedClauseRules.Subtree(parse, t);
            else continue;
            // What is said starts at its "that": a word the parser hung on the content from before it ("said on 3 February
            // that no vehicle had crossed") belongs to the saying.
            var mark = parse.Dependents(t.Index).FirstOrDefault(d => d.BaseRelation == "mark");
            var words = content.Where(w => mark is null || w.Start >= mark.Start).ToList();
            if (words.Count > 0) ranges.Add((words.Min(w => w.Start), words.Max(w => w.End)));
        }
        return ranges;
    }
}
