using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

public sealed partial class IncidentDetector
{
    /// <summary>
    /// A quote set out on its own with its source line (<see cref="QuotedSources"/>): what its sentences gave takes the
    /// line's speaker and, with no day in its own words, the line's day; a quote that gave nothing is its speaker's statement when
    /// it has a border in view (two states, a border word, a place on a border or an armed group). A quote about the weather
    /// or the food gives nothing. The statement's attribution is typed <see cref="AttributionBasis.SourceLine"/>.
    /// </summary>
    private void QuotedStatement(AnalysisInput input, QuotedPassage quote, List<Token> tokens, IReadOnlyList<EntityMention> mentions,
        DateContext dateContext, ArticleBorders articleBorders, List<ExtractedIncident> result, List<int> paragraphOf)
    {
        var all = input.Sentences;
        var (start, end, lineEnd) = (all[quote.First].Start, all[quote.Last].End, all[quote.SourceLine].End);
        var words = Slice(tokens, start, lineEnd);
        var named = MentionsIn(mentions, start, lineEnd);
        var clause = new Clause
        {
            Start = start, End = lineEnd, Tokens = words, Mentions = named, SentenceFirstToken = 0, ExcerptStart = start,
            SentenceTokens = [.. words], SentenceMentions = [.. named], Type = IncidentType.Statement, Declared = true,
        };
        // Dated on the source line (its day: "on Tuesday"), with the quote's words and the speaker's for its parties.
        if (builder.Build(input, quote.SourceLine, clause, true, false, false, tokens, mentions, dateContext, articleBorders) is not { } said) return;
        said = said with { ExcerptStart = start, ExcerptEnd = end, Attribution = quote.Source, AttributionBasis = AttributionBasis.SourceLine };
        var told = false;
        for (var k = 0; k < result.Count; k++)
        {
            if (result[k].ExcerptStart < start || result[k].ExcerptStart >= end) continue;
            told = true;
            if (result[k].Attribution is null) result[k] = result[k] with { Attribution = quote.Source, AttributionBasis = AttributionBasis.SourceLine };
            if (said.Date.IsKnown && !(result[k].Date.IsKnown && result[k].DateBasis == DateBasis.OwnWords))
                result[k] = result[k] with { Date = said.Date, DateInferred = said.DateInferred, DateNote = said.DateNote, DateBasis = said.DateBasis };
        }
        if (told || !declarations.BorderInView(Slice(tokens, start, end), MentionsIn(mentions, start, end))) return;
        result.Add(said);
        paragraphOf.Add(all[quote.Last].Paragraph);
    }

    /// <summary>
    /// mend37: a dash line under a quote is its source line only when it names a speaker (a person or an organisation the
    /// recogniser finds, or an office of statements.json officialRoles: "press office", "spokesman") and has no finite verb
    /// ("- Turkmen guards held nine men at Serhetabat on Friday." tells an act: a sentence of its own; a verb with a subject or
    /// an object counts, whatever its tag).
    /// </summary>
    private bool NamesSpeakerOnly(string text, Sentence line, List<Token> lineTokens, IReadOnlyList<EntityMention> mentions, ArticleParses parses)
    {
        var parse = parses.Parse(text, line.Start, line.End);
        // (A past form with a subject or an object tells an act even where the tagger reads a participle: "guards detained 12 men";
        // not "press office", a present form.)
        if (ClauseSyntax.HasFiniteVerb(parse) ||
            parse.Tokens.Any(t => t.Upos == Upos.VERB && t.Xpos is "VBD" or "VBN" && parse.Dependents(t.Index).Any(d => d.BaseRelation is "nsubj" or "obj"))) return false;
        return MentionsIn(mentions, line.Start, line.End).Any(m => m.Entry.Kind is Gazetteer.EntryKind.Person or Gazetteer.EntryKind.Organization) ||
               lexicon.OfficialRoles.Matches(lineTokens).Count > 0;
    }
}
