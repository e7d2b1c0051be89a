using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// More of what a document voices (issue 8, para45; words in <c>Lexicon/voice-stances.json</c>):
/// <list type="bullet">
/// <item>an instrument (a decree, an order, a resolution) voices a party in a tail ("..., the cabinet's decree reads");
/// at a sentence's head it stays no voice ("Under an order signed on Monday, troops will deploy");</item>
/// <item>a voice that judges (a judgement, an opinion, an estimate, a view, an outlook) makes a future it tells a threat
/// assessment ("In the judgement of the border command, gangs will try to ...");</item>
/// <item>a disposition is a stance: a copula whose predicate puts a party's means at another's call or says it is willing
/// (an offer: "... are at Dushanbe's disposal", "... are ready to help");</item>
/// <item>a rule is a stance: a policy noun with "is to" and an infinitive ("policy is to hand every herder back");</item>
/// <item>a party that lodges, files or sends a request noun "for X to do Y" or "that ..." makes a request ("The governor
/// has lodged a bid with Tashkent for the bridge to stay open").</item>
/// </list>
/// The stance test still keeps a fact or a plan a document reports as the event.
/// </summary>
internal sealed partial class DocumentVoices
{
    private bool Instrument(ParsedToken t) => t.Upos is Upos.NOUN && stances.InstrumentVoices.Contains(ClauseSyntax.Lemma(t));

    private bool Judging(ParsedToken t) => t.Upos is Upos.NOUN && stances.AssessVoices.Contains(ClauseSyntax.Lemma(t));

    /// <summary>A voice in which a future is a stance: one that speaks to whoever acts (a notice) or one that judges.</summary>
    private bool FutureSpeaks(ParsedToken voice) => words.WarningVoices.Contains(ClauseSyntax.Lemma(voice)) || stances.AssessVoices.Contains(ClauseSyntax.Lemma(voice));

    /// <summary>"... are at Tajikistan's disposal", "... are ready to send": a present copula on a disposition word.</summary>
    private bool Disposed(ParsedSentence parse, IReadOnlyList<ParsedToken> content) =>
        content.Any(t => stances.DispositionWords.Contains(ClauseSyntax.Lemma(t)) && t.Upos is Upos.NOUN or Upos.ADJ &&
                         parse.Dependents(t.Index).Any(d => d.BaseRelation == "cop" && d.Xpos is "VBZ" or "VBP"));

    /// <summary>"Kyrgyz policy is to hand every detained herder back": a policy noun, a present "be", "to" and a verb.</summary>
    private bool Ruled(IReadOnlyList<ParsedToken> content)
    {
        for (var i = 0; i + 3 < content.Count; i++)
        {
            if (content[i].Upos != Upos.NOUN || !stances.PolicyNouns.Contains(ClauseSyntax.Lemma(content[i]))) continue;
            var j = i + 1;
            while (j < content.Count && content[j].Upos == Upos.ADV) j++;
            if (j + 2 < content.Count && ClauseSyntax.Lemma(content[j]) == "be" && content[j].Xpos is "VBZ" or "VBP" &&
                content[j + 1].Form.Equals("to", StringComparison.OrdinalIgnoreCase) && content[j + 2].Xpos == "VB") return true;
        }
        return false;
    }

    /// <summary>"The Surkhandarya governor has lodged a formal bid with Tashkent for the bridge to stay open": a party's verb
    /// whose object is a request noun that asks "for X to do Y" or "that ...".</summary>
    private ParsedToken? Bid(ParsedSentence parse, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        var all = parse.Tokens;
        foreach (var noun in all.Where(t => t.Upos == Upos.NOUN && t.BaseRelation == "obj" && stances.RequestNouns.Contains(ClauseSyntax.Lemma(t))))
        {
            if (noun.Head < 0 || all[noun.Head] is not { Upos: Upos.VERB } verb) continue;
            // The party asks: an active verb whose subject is a party (not "a bid was lodged", not a firm's tender).
            var subject = parse.Dependents(verb.Index).FirstOrDefault(d => d.Relation == "nsubj");
            if (subject is null || !Owned(all.Where(t => t.Index <= subject.Index && t.Index >= SubjectStart(parse, subject)).ToList(), tokens, mentions)) continue;
            // What is asked: "for X to do Y" or "that ..." within the next dozen words, before any comma.
            var after = all.Skip(noun.Index + 1).TakeWhile(t => t.Form != "," && t.Form != ";").Take(12).ToList();
            var forAt = after.FindIndex(t => ClauseSyntax.Lemma(t) == "for");
            // Lodged with a party ("with Tashkent", "to Bishkek"): a request to a government, not a firm's tender for a contract.
            var to = after.FindIndex(t => t.Upos == Upos.ADP && ClauseSyntax.Lemma(t) is "with" or "to");
            if (to < 0 || forAt >= 0 && to > forAt || !Owned(after.Skip(to + 1).Take(4).ToList(), tokens, mentions)) continue;
            var asks = forAt >= 0 && after.Skip(forAt + 1).Zip(after.Skip(forAt + 2)).Any(p => p.First.Form.Equals("to", StringComparison.OrdinalIgnoreCase) && p.Second.Xpos == "VB")
                       || after.Count > 0 && ClauseSyntax.Lemma(after[0]) == "that";
            if (asks) return verb;
        }
        return null;
    }

    /// <summary>The first word of a subject's phrase (its leftmost dependent, recursively).</summary>
    private static int SubjectStart(ParsedSentence parse, ParsedToken subject)
    {
        var start = subject.Index;
        foreach (var d in parse.Dependents(subject.Index)) start = Math.Min(start, SubjectStart(parse, d));
        return start;
    }
}
