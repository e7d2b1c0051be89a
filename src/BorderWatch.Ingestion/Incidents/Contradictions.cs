using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// A rebuttal without a denial word: "Uzbek officials say Kyrgyz troops took over a ridge. Kyrgyzstan's Border Service
/// says its guards never left Kyrgyz soil." A party's report whose content is negated ("never left", "did not leave",
/// "no trench is being dug", "there are no foreign troops") answers the claim told just before (<see cref="Rebuttals"/>'s
/// reach) when that claim involves the denier's state and was not told by it: both the report and the claim are denied.
/// Who denies is read from the parse: the states named before the reporting verb (its subject), not those of the content.
/// A negated report that answers no such claim ("The ministry said the road had not reopened") stays a statement on the record.
/// </summary>
internal sealed class Contradictions(ClauseSyntax syntax, Rebuttals rebuttals)
{
    /// <summary>Marks the contradicting reports of sentence <paramref name="si"/> as denials (the claims they answer are
    /// then denied by <see cref="Rebuttals.Answered"/>).</summary>
    /// <param name="mentions">The document's mentions (recognised once for the text): who told a claim is read from them.</param>
    internal void Apply(AnalysisInput input, int si, ParsedSentence parse, List<(Clause Clause, ExtractedIncident Incident)> found, IReadOnlyList<ExtractedIncident> before,
        IReadOnlyList<EntityMention> mentions)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var (clause, incident) = found[i];
            if (incident.Type != IncidentType.Statement)
            {
                if (Rebuttal(input, si, parse, clause, incident, before, mentions) is { } rebuttal) found[i] = (clause, rebuttal);
                continue;
            }
            if (clause.Denial || NegatedReport(parse, clause) is not { } report) continue;
            var denier = clause.Mentions.Where(m => m.End <= report.Start).Select(StateOf).OfType<string>().ToHashSet();
            if (denier.Count == 0) continue;
            clause.Denial = clause.SaysNotHappened = true;
            var claims = rebuttals.AnsweredBy(input, si, clause, incident, before);
            if (claims.Any(k => Involves(before[k], denier) && !ToldBy(input.Text, before[k], denier, mentions) && About(input.Text, parse, report, clause, before[k])))
                found[i] = (clause, incident with { Status = IncidentStatus.Denied });
            // "Tajikistan's border troops said no Chinese patrol had ever entered Tajik territory": a party that says an
            // event of its own side did not happen denies it, whether or not the claim is told within reach.
            // (It answers no claim it is not about: the clause is no denial for Rebuttals.)
            else
            {
                clause.Denial = clause.SaysNotHappened = false;
                if (SelfDenial(parse, report, clause, denier)) found[i] = (clause, incident with { Status = IncidentStatus.Denied });
            }
        }
    }

    /// <summary>
    /// A party's report typed by the act it tells, that says part of it did not happen ("The Tajik side said its guards
    /// had been firing at dogs and had not aimed at the Kyrgyz bank", "the embassy says the patrol did not cross the line
    /// and was on its own soil"): when it answers a claim told just before by another side (as <see cref="Apply"/> reads a
    /// statement's), or says an event of its own side did not happen, it is the party's denial, not that act: a denied
    /// statement (SCHEMA.md: denials are statements).
    /// </summary>
    private ExtractedIncident? Rebuttal(AnalysisInput input, int si, ParsedSentence parse, Clause clause, ExtractedIncident incident,
        IReadOnlyList<ExtractedIncident> before, IReadOnlyList<EntityMention> mentions)
    {
        if (clause.Denial || incident.Status is IncidentStatus.Planned or IncidentStatus.Denied) return null;
        // The act the clause was typed by comes after the party's report verb, in what it says.
        if (ParsedClauseRules.TriggerIn(parse, clause) is not { } trigger) return null;
        var report = parse.Tokens.Where(t => t.Upos == Upos.VERB && t.Index < trigger.Index && ClauseSyntax.Inside(t, clause.Start, clause.End) &&
                                             syntax.Read(parse, t).Role == PredicateRole.Report).LastOrDefault();
        if (report is null) return null;
        // (The parser may hang what is said on the addressee, or nowhere: "told reporters that their guards had ...".)
        var content = ClauseSyntax.ReportedToSomeone(parse, report) ?? trigger;
        if (NegatedPart(parse, report, content, trigger) is not { } negated) return null;
        var denier = clause.Mentions.Where(m => m.End <= report.Start).Select(StateOf).OfType<string>().ToHashSet();
        if (denier.Count == 0) return null;
        var denial = incident with { Type = IncidentType.Statement, Status = IncidentStatus.Denied };
        clause.Denial = clause.SaysNotHappened = true;
        var claims = rebuttals.AnsweredBy(input, si, clause, denial, before);
        if (claims.Any(k => Involves(before[k], denier) && !ToldBy(input.Text, before[k], denier, mentions) && About(input.Text, parse, report, clause, before[k])) ||
            negated.Index == content.Index && SelfDenial(parse, report, clause, denier))
        {
            clause.Type = IncidentType.Statement;
            return denial;
        }
        clause.Denial = clause.SaysNotHappened = false;
        return null;
    }

    /// <summary>
    /// The negated part of what a report says: its content, or a verb joined to the content, to the act or to the report
    /// itself ("... had been firing at dogs and had not aimed at the bank"), not a modal one ("could not"), a speech act or
    /// a relative clause ("smugglers who had not stopped").
    /// </summary>
    private ParsedToken? NegatedPart(ParsedSentence parse, ParsedToken report, ParsedToken content, ParsedToken trigger) =>
        parse.Tokens.Where(t => t.Index > report.Index && t.Upos == Upos.VERB &&
                                (t.Index == content.Index || t.BaseRelation == "conj" && (t.Head == content.Index || t.Head == report.Index || t.Head == trigger.Index)))
            .FirstOrDefault(t => !parse.Dependents(t.Index).Any(d => d.BaseRelation == "aux" && d.Xpos == "MD") &&
                                 syntax.Read(parse, t).Role is not (PredicateRole.Report or PredicateRole.Statement or PredicateRole.Accusation or PredicateRole.Denial) &&
                                 NegatedContent(parse, t));

    /// <summary>
    /// What the report says is about the denier's own side acting: its state is named in it ("no Uzbek serviceman had set
    /// foot ...", "Turkmenistan does not concentrate forces", "on Tajik territory") or it opens on the denier's own people
    /// ("its men"), and it names an event (a lexicon event word of a type other than statement) or the armed men who would
    /// have acted (context.json securityActors: soldiers, servicemen, forces). Only what is said counts, not a clause joined
    /// to it ("no disputed sections remained ... and warned that smugglers who exploited the new crossing ...": no event of
    /// its own side, and the crossing is in the other clause).
    /// </summary>
    internal bool SelfDenial(ParsedSentence parse, ParsedToken report, Clause clause, HashSet<string> denier)
    {
        if (ClauseSyntax.Reported(parse, report) is not { } said) return false;
        var words = parse.Dependents(said.Index).Where(d => d.BaseRelation is not ("conj" or "parataxis" or "cc"))
            .SelectMany(d => ParsedClauseRules.Subtree(parse, d)).Append(said).Where(w => ClauseSyntax.Inside(w, clause.Start, clause.End)).ToList();
        if (words.Count == 0) return false;
        var (start, end) = (words.Min(w => w.Start), words.Max(w => w.End));
        var content = clause.Tokens.Where(t => t.Start >= start && t.End <= end).ToList();
        var lexicon = syntax.Lexicon;
        var acting = lexicon.SecurityActors.Matches(content).Count > 0 ||
                     Enum.GetValues<IncidentType>().Any(type => type != IncidentType.Statement && lexicon.EventWords(content, 0, type).Count > 0);
        if (!acting) return false;
        if (clause.Mentions.Any(m => m.Start >= start && m.End <= end && StateOf(m) is { } state && denier.Contains(state))) return true;
        return OpensOnOwnPeople(parse, words);
    }

    /// <summary>
    /// The words' first noun is owned by a pronoun of the teller's side or the party spoken of ("its men", "our guards",
    /// "their posts").
    /// </summary>
    private bool OpensOnOwnPeople(ParsedSentence parse, IEnumerable<ParsedToken> words) =>
        words.OrderBy(w => w.Index).FirstOrDefault(w => w.Upos is Upos.NOUN or Upos.PROPN) is { } first &&
        parse.Dependents(first.Index).Any(d => d.Relation == "nmod:poss" && syntax.Words.OwnSidePossessives.Contains(ClauseSyntax.Lemma(d)));

    /// <summary>
    /// The reporting verb of a clause whose reported content is negated: its predicate ("never left", "did not leave") or
    /// its subject or object ("no trench is being dug", "there are no troops"); not a report or a statement itself ("said
    /// it had not been told"), not a commitment or a possibility ("will not allow", "could not").
    /// </summary>
    internal ParsedToken? NegatedReport(ParsedSentence parse, Clause clause)
    {
        // The clause's reporting verb: its head, or one inside it above the head (the parser may make what is said the
        // clause's highest word when the report hangs on a dateline: "23 May – the ministry says no ...").
        foreach (var report in parse.Tokens.Where(t => t.Upos == Upos.VERB && ClauseSyntax.Inside(t, clause.Start, clause.End) && syntax.Read(parse, t).Role == PredicateRole.Report))
        {
            if (ClauseSyntax.Reported(parse, report) is not { } content || content.Index == report.Index || content.Head != report.Index ||
                !ClauseSyntax.Inside(content, clause.Start, clause.End)) continue;
            if (syntax.Read(parse, content).Role is PredicateRole.Report or PredicateRole.Statement or PredicateRole.Accusation or PredicateRole.Denial) continue;
            if (parse.Dependents(content.Index).Any(d => d.BaseRelation == "aux" && d.Xpos == "MD"))
                continue;
            if (NegatedContent(parse, content)) return report;
        }
        return null;
    }

    /// <summary>
    /// What a report says is negated: its predicate ("never left"), its subject or object ("no trench", "none of them"),
    /// or a word the parser hung before it ("its guards never set foot ...", where "set" may be read as a modifier of "foot").
    /// </summary>
    internal static bool NegatedContent(ParsedSentence parse, ParsedToken content) =>
        ClauseSyntax.Negated(parse, content) || ClauseSyntax.NegatedArgument(parse, content) ||
        parse.Dependents(content.Index).Any(d => d.Index < content.Index && d.BaseRelation is "amod" or "compound" && ClauseSyntax.Negated(parse, d)) ||
        NoneThere(parse, content);

    /// <summary>"there had been no drone over Kyrgyz territory", "there are no armoured vehicles at the post": a noun
    /// predicate with a copula, negated by its own determiner (the existential the parser hangs on the noun).</summary>
    internal static bool NoneThere(ParsedSentence parse, ParsedToken content) =>
        content.Upos is Upos.NOUN or Upos.PROPN && parse.Dependents(content.Index).Any(d => d.BaseRelation == "cop") &&
        parse.Dependents(content.Index).Any(d => d.BaseRelation is "det" or "case" && ClauseSyntax.Lemma(d) == "no");

    /// <summary>
    /// What the report says (the clause's words after its reporting verb, wherever the parser hung them) is about the
    /// claim: it repeats one of the claim's words ("no fence is being built" after "began building a fence"; "the herders
    /// did not leave" after "detained three herders"), or it opens on the denier's own people ("its men never left
    /// Iranian soil"). An assurance on another matter ("the group posed no threat to its neighbours") answers nothing.
    /// </summary>
    internal bool About(string text, ParsedSentence parse, ParsedToken report, Clause clause, ExtractedIncident claim)
    {
        var words = parse.Tokens.Where(t => t.Index > report.Index && ClauseSyntax.Inside(t, clause.Start, clause.End)).ToList();
        if (OpensOnOwnPeople(parse, words)) return true;
        var excerpt = text[claim.ExcerptStart..claim.ExcerptEnd];
        // (A state's name is no content word: "Kyrgyz territory" is not about "Kyrgyz herders".)
        return words.Where(w => w.Upos is Upos.NOUN or Upos.PROPN or Upos.VERB && ClauseSyntax.Lemma(w) is { Length: >= 4 } lemma && !syntax.Words.EmptyVerbs.Contains(lemma) &&
                                !clause.Mentions.Any(m => m.Entry.Kind == EntryKind.State && m.Start <= w.Start && w.End <= m.End))
            .Any(w => StartsWord(excerpt, ClauseSyntax.Lemma(w)));
    }

    // The excerpt has a word beginning with this one ("fence" in "fences", "build" in "building").
    private static bool StartsWord(string excerpt, string word)
    {
        for (var at = excerpt.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = excerpt.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            if (at == 0 || !char.IsLetterOrDigit(excerpt[at - 1])) return true;
        return false;
    }

    // A state named as itself, by its capital or its people, or the state of an organisation or person of the gazetteer.
    internal static string? StateOf(EntityMention m) =>
        m.Entry.Kind == EntryKind.State ? m.Entry.Key
        : m.Entry.Kind is EntryKind.Organization or EntryKind.Person or EntryKind.ArmedGroup ? m.Entry.Country
        : null;

    private static bool Involves(ExtractedIncident claim, HashSet<string> states) => claim.Actors.Any(a => states.Contains(a.Key));

    // The claim's source speaks for the denier's own state ("the Kyrgyz Border Service said ... Kyrgyz officials said"); a
    // state's word alone ("Kyrgyz") is no source phrase.
    private static bool ToldBy(string text, ExtractedIncident claim, HashSet<string> states, IReadOnlyList<EntityMention> mentions)
    {
        if (claim.Attribution is not { } source || SourceAt(text, claim, source) is not { } at) return false;
        var named = mentions.Where(m => m.Start >= at && m.End <= at + source.Length).ToList();
        return !(named.Count == 1 && named[0].Text.Length == source.Trim().Length) && named.Select(StateOf).Any(s => s is not null && states.Contains(s));
    }

    // Where the claim's source is named: in its excerpt, else in the text just before it (a source told in the sentence
    // before); null when the text does not name it as written.
    private static int? SourceAt(string text, ExtractedIncident claim, string source)
    {
        var inExcerpt = text.IndexOf(source, claim.ExcerptStart, claim.ExcerptEnd - claim.ExcerptStart, StringComparison.OrdinalIgnoreCase);
        if (inExcerpt >= 0) return inExcerpt;
        if (claim.ExcerptStart == 0) return null;
        var from = Math.Max(0, claim.ExcerptStart - SourceReach);
        var before = text.LastIndexOf(source, claim.ExcerptStart - 1, claim.ExcerptStart - from, StringComparison.OrdinalIgnoreCase);
        return before >= 0 ? before : null;
    }

    /// <summary>How far before a claim's excerpt its source may be named (about two sentences).</summary>
    private const int SourceReach = 600;
}
