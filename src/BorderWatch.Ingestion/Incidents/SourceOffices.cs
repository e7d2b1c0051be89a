using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// status29: "Afghan residents and a Taliban district official said", "drivers and the transport ministry": sources
/// joined with an office are on the record. One unit (border30) for the two places that ask it: a clause's attributed
/// source, read from its words (<see cref="StatusRules.OfficeAmong"/>), and the subject of a report verb, read on the
/// parse (<see cref="AccountStatus"/>).
/// </summary>
internal sealed class SourceOffices(Lexicon lexicon)
{
    /// <summary>A word of an office (statements.json officialRoles) that no lay source shares ("official", "ministry";
    /// not "sources", status.json anonymousSources).</summary>
    internal bool Office(List<Token> word) => lexicon.OfficialRoles.Matches(word).Count > 0 && lexicon.AnonymousSources.Matches(word).Count == 0;

    /// <summary>The word of a parsed token is an office's (<see cref="Office(List{Token})"/>).</summary>
    internal bool Office(ParsedToken t) => Office(NameNormalizer.Tokenize(t.Form));

    /// <summary>A source's words join it to an office: an office after the first joiner (status.json sourceJoiners, "and").</summary>
    internal bool Among(string source)
    {
        var words = NameNormalizer.Tokenize(source);
        var and = words.FindIndex(w => lexicon.SourceJoiners.Contains(w.Folded));
        return and >= 0 && words.Skip(and + 1).Any(w => Office([w]));
    }

    /// <summary>On the parse, the coordinating conjunction at <paramref name="joiner"/> joins the people before it to an
    /// office told between it and the report verb at <paramref name="verb"/>.</summary>
    internal bool Among(ParsedSentence parse, int joiner, int verb) =>
        parse.Tokens[joiner].Upos == Upos.CCONJ && Enumerable.Range(joiner + 1, verb - joiner - 1).Any(j => Office(parse.Tokens[j]));
}
