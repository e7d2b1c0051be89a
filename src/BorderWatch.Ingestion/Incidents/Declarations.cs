using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>What a sentence's predicate declares, when it is a statement of its own rather than the event it names.</summary>
internal enum DeclarationKind
{
    /// <summary>"will never allow", "would not tolerate": a negated future permission or act, a policy declaration.</summary>
    Refusal,
    /// <summary>"insisted that the north poses no danger", "pledged to look into": what a declaring verb commits to.</summary>
    Commitment,
    /// <summary>"called reports of a clash nonsense", "said the reports were a fabrication": a word on an account.</summary>
    Characterisation,
    /// <summary>"Any attack will be answered with force": a response promised to any act.</summary>
    Warning,
    /// <summary>"handed a note of protest", "protested that ...".</summary>
    Protest,
    /// <summary>"charged the guards with beating herders".</summary>
    Charge,
    /// <summary>"poses a direct threat to the southern frontier": a threat assessment.</summary>
    Assessment,
    /// <summary>"volunteered helicopters and engineers".</summary>
    Offer,
    /// <summary>"pinned the shooting on Tajik troops in a sharply worded note": what a party does in a message.</summary>
    Message,
}

/// <summary>A declaration read from the parse: its kind, its head word, its speaker's head and whether it denies.</summary>
internal readonly record struct Declaration(DeclarationKind Kind, ParsedToken Head, ParsedToken? Speaker, bool Denies);

/// <summary>
/// Statements told without a speech word the classifier reads, and the reverse error of a statement typed as the event
/// it talks about (issue 8, speech18). SCHEMA.md's statement is a warning, an accusation, a denial, a request, an offer
/// or a policy declaration: a party's refusal ("will never allow"), a pledge or an insistence on what will or will not be,
/// a characterisation of someone's account ("called reports of a clash nonsense"), a protest note, a charge. The sentence's
/// predicate decides (its root, or the clause a declaring verb governs); words in <c>Lexicon/declarations.json</c>.
/// </summary>
internal sealed class Declarations(ClauseSyntax syntax, DeclarationLexicon words)
{
    private static readonly HashSet<string> FutureModals = new(StringComparer.Ordinal) { "will", "shall" };
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "will", "shall", "would", "can", "could", "must" };

    /// <summary>
    /// A clause the rules typed as an event whose sentence's predicate is a refusal, a characterisation of an account, a
    /// warning of response or a charge is that statement (only the clause holding the predicate).
    /// </summary>
    /// <param name="inTurn">In a speaker's turn a declaration with no speaker of its own is the turn speaker's.</param>
    internal void Retype(ParsedSentence parse, List<Clause> spans, IReadOnlyList<EntityMention> sentenceMentions, bool inTurn = false)
    {
        if (parse.Root is not { } root || spans.Count == 0) return;
        if (Read(parse, root, strict: true) is not { } d) return;
        if (d.Kind is not (DeclarationKind.Characterisation or DeclarationKind.Charge) && !(inTurn && d.Speaker is null) &&
            !Party(parse, d.Speaker, spans[0].SentenceTokens, sentenceMentions)) return;
        foreach (var span in spans.Where(s => s.Type is not null && ClauseSyntax.Inside(d.Head, s.Start, s.End)))
        {
            if (span.Type == IncidentType.Statement) { span.Denial |= d.Denies; span.Declared = true; continue; }
            if (span.Blames) continue;
            span.Type = IncidentType.Statement;
            span.Declared = true;
            span.WeakTrigger = false;
            span.Denial |= d.Denies;
            if (span.Tokens.FindIndex(t => t.Start == d.Head.Start) is var at and >= 0) span.TriggerToken = at;
        }
    }

    /// <summary>A sentence in which nothing was found: a party's declaration of any kind is its statement.</summary>
    /// <param name="inTurn">The sentence is in a speaker's turn of an interview: a declaration with no speaker of its own
    /// ("Anyone who fires on our posts should know that we will respond") is the turn speaker's.</param>
    internal Clause? FromSentence(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, bool inTurn = false)
    {
        if (parse.Root is not { } root) return null;
        var tokens = Slice(allTokens, sentence.Start, sentence.End);
        if (tokens.Count == 0) return null;
        var mentions = MentionsIn(allMentions, sentence.Start, sentence.End);
        if (Read(parse, root, strict: false) is not { } d) return null;
        // A protest note handed over ("A note of protest was handed to ...") needs no speaker in the sentence.
        if (!(d.Kind == DeclarationKind.Protest && d.Speaker is null) && !(inTurn && d.Speaker is null) && !Party(parse, d.Speaker, tokens, mentions)) return null;
        // A commitment with nothing of a border in view ("officials insist that the new tax code will stay") is no
        // border-security statement: it needs two states, a border, a place on a border or an armed group in the sentence.
        if (d.Kind == DeclarationKind.Commitment && !BorderInView(tokens, mentions)) return null;
        return new Clause
        {
            Start = sentence.Start, End = sentence.End, Tokens = tokens, Mentions = mentions, SentenceFirstToken = 0,
            ExcerptStart = sentence.Start, SentenceTokens = [.. tokens], SentenceMentions = [.. mentions], Type = IncidentType.Statement,
            TriggerToken = tokens.FindIndex(t => t.Start == d.Head.Start), Denial = d.Denies, Declared = true,
        };
    }

    /// <summary>
    /// The declaration the sentence's predicate makes. <paramref name="strict"/> (a clause the rules typed as an event):
    /// only what can never be an event (a refusal, a word on an account, a warning of response, a charge); otherwise also
    /// a declaring verb's commitment (a modal, a negation, "to" + verb).
    /// </summary>
    internal Declaration? Read(ParsedSentence parse, ParsedToken root, bool strict)
    {
        var subject = Subject(parse, root);
        if (Characterised(parse, root) is { } said) return said with { Speaker = said.Speaker ?? subject };
        // "The border service called reports ... nonsense" read as a noun with a participle: the noun is the subject.
        if (root.Upos is Upos.NOUN or Upos.PROPN &&
            parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation == "acl" && d.Upos == Upos.VERB && d.Index == root.Index + 1) is { } participle &&
            Characterised(parse, participle) is { } misread)
            return misread with { Speaker = root };
        if (root.Upos == Upos.VERB && Declaring(parse, root) && Content(parse, root) is { } content)
        {
            if (Characterised(parse, content) is { } onAccount) return onAccount with { Speaker = subject };
            // (Not "could not confirm": a modal of ability on anything but a permission is no pledge.)
            if (Refuses(parse, content, Modals) || (ModalOf(parse, content) is "will" or "would" or "shall" && NegatedAny(parse, content)))
                return new(DeclarationKind.Refusal, root, subject, false);
            if (!strict && (words.DeclarationVerbs.Contains(ClauseSyntax.Lemma(root)) || MakesClear(parse, root)))
            {
                var modal = ModalOf(parse, content) is not null;
                var negated = NegatedAny(parse, content);
                var promised = content.BaseRelation == "xcomp" && content.Upos == Upos.VERB;
                if (modal || negated || promised) return new(DeclarationKind.Commitment, root, subject, negated && !modal && !promised && Past(parse, content));
            }
        }
        // "Tajikistan will never allow its soil to be used ...", "X will never let ..., the chief vowed": a refusal as the predicate.
        if (Refuses(parse, root, DeclaredAsPledge(parse, root) ? Modals : FutureModals) ||
            (root.Upos is Upos.VERB or Upos.NOUN or Upos.ADJ && ModalOf(parse, root) is { } m && FutureModals.Contains(m) && ClauseSyntax.Negated(parse, root) && subject is not null))
            return new(DeclarationKind.Refusal, root, SpeakerOfTrailing(parse, root) ?? subject, false);
        if (Warns(parse, root)) return new(DeclarationKind.Warning, root, SpeakerOfTrailing(parse, root), false);
        if (Charges(parse, root)) return new(DeclarationKind.Charge, root, subject, false);
        if (root.Upos == Upos.VERB && !ClauseSyntax.Negated(parse, root) && words.AssessmentVerbs.Contains(ClauseSyntax.Lemma(root)) &&
            parse.Dependents(root.Index).Any(d => d.BaseRelation == "obj" && words.ThreatNouns.Contains(ClauseSyntax.Lemma(d)) && !ClauseSyntax.NegatedArgument(parse, root)))
            return new(DeclarationKind.Assessment, root, subject, false);
        if (root.Upos == Upos.VERB && words.OfferVerbs.Contains(ClauseSyntax.Lemma(root)) && parse.Dependents(root.Index).Any(d => d.BaseRelation == "obj"))
            return new(DeclarationKind.Offer, root, subject, false);
        if (Protests(parse, root)) return new(DeclarationKind.Protest, root, subject, false);
        // "summoned the ambassador and gave him a protest note": the note handed in a verb conjoined to the predicate,
        // with the predicate's subject (recall37).
        if (root.Upos == Upos.VERB && parse.Dependents(root.Index).FirstOrDefault(c => c.BaseRelation == "conj" && c.Upos == Upos.VERB && Protests(parse, c)) is { } handed)
            return new(DeclarationKind.Protest, handed, subject, false);
        if (InMessage(parse, root)) return new(DeclarationKind.Message, root, subject, false);
        // "Asked about reports that ..., a spokesperson said the reports were pure fabrication": wherever the parser hangs it.
        return strict ? parse.Tokens.Select(t => FalseAccount(parse, t)).FirstOrDefault(x => x is not null) : null;
    }

    /// <summary>"called reports of a clash nonsense", "dismissed the claims as lies"; "the reports were pure fabrication".</summary>
    private Declaration? Characterised(ParsedSentence parse, ParsedToken head)
    {
        var lemma = ClauseSyntax.Lemma(head);
        if (head.Upos == Upos.VERB && words.CharacterisingVerbs.Contains(lemma) &&
            parse.Dependents(head.Index).Any(d => d.BaseRelation == "obj" && words.AccountNouns.Contains(ClauseSyntax.Lemma(d))) &&
            !ClauseSyntax.Negated(parse, head))
            return new(DeclarationKind.Characterisation, head, Subject(parse, head), words.DenyingVerbs.Contains(lemma) || parse.Tokens.Any(t => words.Falsehoods.Contains(ClauseSyntax.Lemma(t))));
        // "scoffed at stories in the press about ..., labelling them fantasy": any verb (no event, no report) on an account
        // (its object or oblique) in a sentence that calls something a falsehood denies that account.
        if (head.Upos == Upos.VERB && !ClauseSyntax.Negated(parse, head) && syntax.Read(parse, head).Role == PredicateRole.None &&
            parse.Dependents(head.Index).Any(d => d.BaseRelation is "obj" or "obl" && words.AccountNouns.Contains(ClauseSyntax.Lemma(d))) &&
            parse.Tokens.Any(t => words.Falsehoods.Contains(ClauseSyntax.Lemma(t))))
            return new(DeclarationKind.Characterisation, head, Subject(parse, head), true);
        return FalseAccount(parse, head);
    }

    /// <summary>"the reports were pure fabrication", "Reports that ... are pure invention": an account said to be false.</summary>
    private Declaration? FalseAccount(ParsedSentence parse, ParsedToken head) =>
        words.Falsehoods.Contains(ClauseSyntax.Lemma(head)) && parse.Dependents(head.Index).Any(d => d.BaseRelation == "cop") &&
        parse.Dependents(head.Index).Any(d => d.BaseRelation == "nsubj" && words.AccountNouns.Contains(ClauseSyntax.Lemma(d)))
            ? new(DeclarationKind.Characterisation, head, null, true)
            : null;

    /// <summary>A verb that declares a position, one that reports or warns (speech classes), or "made clear".</summary>
    private bool Declaring(ParsedSentence parse, ParsedToken verb) =>
        words.DeclarationVerbs.Contains(ClauseSyntax.Lemma(verb)) || MakesClear(parse, verb) ||
        syntax.Read(parse, verb).Role is PredicateRole.Report or PredicateRole.Statement;

    private bool MakesClear(ParsedSentence parse, ParsedToken verb) =>
        ClauseSyntax.Lemma(verb) == "make" && parse.Dependents(verb.Index).Any(d => d.BaseRelation == "xcomp" && words.ClearComplements.Contains(ClauseSyntax.Lemma(d)));

    /// <summary>What a declaring verb governs: its clausal complement, or "to" + verb ("pledged to investigate").</summary>
    private static ParsedToken? Content(ParsedSentence parse, ParsedToken verb) =>
        parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "ccomp") ??
        parse.Dependents(verb.Index).FirstOrDefault(d => d.BaseRelation == "xcomp" && d.Upos == Upos.VERB);

    /// <summary>
    /// "..., the minister pledged": a verb of pledging or warning after the predicate makes its "would not let" a refusal;
    /// a plain report does not ("Uzbek guards would not let the lorries through, drivers said" is what they did).
    /// </summary>
    private bool DeclaredAsPledge(ParsedSentence parse, ParsedToken head) =>
        parse.Tokens.Any(t => t.Index > head.Index && t.Upos == Upos.VERB && Subject(parse, t) is not null &&
                              (words.DeclarationVerbs.Contains(ClauseSyntax.Lemma(t)) || syntax.Read(parse, t).Role == PredicateRole.Statement));

    /// <summary>The subject of a declaring verb that hangs on the predicate ("..., the minister pledged").</summary>
    private ParsedToken? SpeakerOfTrailing(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).Where(d => d.Index > head.Index && d.BaseRelation is "parataxis" or "advcl" or "ccomp" && d.Upos == Upos.VERB && Declaring(parse, d))
            .Select(d => Subject(parse, d)).FirstOrDefault(s => s is not null) ?? TrailingSource(parse, head);

    /// <summary>"..., the ministry declared on Monday.": after the last comma, a declaring verb with its subject and no other
    /// verb (wherever the parser hangs it).</summary>
    private ParsedToken? TrailingSource(ParsedSentence parse, ParsedToken head)
    {
        var comma = parse.Tokens.LastOrDefault(t => t.Form == "," && t.Index > head.Index);
        if (comma is null) return null;
        var verbs = parse.Tokens.Where(t => t.Index > comma.Index && t.Upos is Upos.VERB).ToList();
        return verbs is [var verb] && Declaring(parse, verb) ? Subject(parse, verb) : null;
    }

    /// <summary>"will never allow", "would not tolerate", "no group would be allowed": a negated permission under a modal.</summary>
    private bool Refuses(ParsedSentence parse, ParsedToken head, IReadOnlySet<string> modals) =>
        head.Upos == Upos.VERB && words.PermissionVerbs.Contains(ClauseSyntax.Lemma(head)) && ModalOf(parse, head) is { } m && modals.Contains(m) && NegatedAny(parse, head);

    /// <summary>"Any attack will be answered with force", "Any further building will not go unanswered", "Anyone who fires
    /// on our posts should know that we will respond" (declarations.json blanketWords).</summary>
    private bool Warns(ParsedSentence parse, ParsedToken root)
    {
        if (AnySubject(parse, root) is not { } s ||
            !(words.BlanketWords.Contains(ClauseSyntax.Lemma(s)) || parse.Dependents(s.Index).Any(d => d.BaseRelation == "det" && words.BlanketWords.Contains(ClauseSyntax.Lemma(d)))))
            return false;
        return Responds(parse, root) || parse.Dependents(root.Index).Any(d => d.BaseRelation == "ccomp" && Responds(parse, d));
    }

    /// <summary>A response word under a modal, as the head or its complement ("will be answered", "will not go unanswered").</summary>
    private bool Responds(ParsedSentence parse, ParsedToken head) =>
        ModalOf(parse, head) is { } m && Modals.Contains(m) &&
        (words.ResponseWords.Contains(ClauseSyntax.Lemma(head)) ||
         parse.Dependents(head.Index).Any(d => d.BaseRelation is "xcomp" or "advmod" && words.ResponseWords.Contains(ClauseSyntax.Lemma(d))));

    /// <summary>The sentence's predicate warns of a response to whoever acts: the speaker's warning, not the writer's advice.</summary>
    internal bool Warning(ParsedSentence parse) => parse.Root is { } root && Warns(parse, root);

    /// <summary>"charged Kyrgyz guards with beating three farmers": a charge with an act (a gerund under "with").</summary>
    private bool Charges(ParsedSentence parse, ParsedToken root) =>
        root.Upos == Upos.VERB && words.ChargeVerbs.Contains(ClauseSyntax.Lemma(root)) && parse.Dependents(root.Index).Any(d => d.BaseRelation == "obj") &&
        parse.Dependents(root.Index).Any(d => d.Upos == Upos.VERB && d.BaseRelation is "advcl" or "obl" or "acl" &&
                                              parse.Dependents(d.Index).Any(w => w.BaseRelation is "mark" or "case" && ClauseSyntax.Lemma(w) == "with"));

    /// <summary>"handed a note of protest to ...", "A protest note was handed ...", "protested that the checks break the rules".</summary>
    private bool Protests(ParsedSentence parse, ParsedToken root)
    {
        if (root.Upos != Upos.VERB) return false;
        if (words.ProtestNouns.Contains(ClauseSyntax.Lemma(root))) return parse.Dependents(root.Index).Any(d => d.BaseRelation == "ccomp");
        return words.HandingVerbs.Contains(ClauseSyntax.Lemma(root)) &&
               parse.Dependents(root.Index).Where(d => d.BaseRelation is "obj" or "iobj" or "nsubj").Any(x =>
                   words.ProtestNouns.Contains(ClauseSyntax.Lemma(x)) ||
                   parse.Dependents(x.Index).Any(d => d.BaseRelation is "nmod" or "compound" && words.ProtestNouns.Contains(ClauseSyntax.Lemma(d))));
    }

    /// <summary>"pinned the shooting on Tajik troops in a sharply worded note": a main verb that is neither an event nor a
    /// report, with an oblique "in" or "through" a message noun (declarations.json messageNouns), on it or on a verb
    /// it governs as a complement (the parser may read "Tuesday's shooting" as one).</summary>
    private bool InMessage(ParsedSentence parse, ParsedToken root)
    {
        if (root.Upos != Upos.VERB || syntax.NegatedOrHypothetical(parse, root) || syntax.Read(parse, root).Role != PredicateRole.None) return false;
        var arguments = parse.Dependents(root.Index).Where(d => d.BaseRelation == "xcomp" && d.Upos == Upos.VERB).Prepend(root)
            .SelectMany(h => parse.Dependents(h.Index)).ToList();
        // (Or hung by the parser on one of the verb's arguments, down a chain of nominals: "laid the shooting at
        // Bishkek's door in a note", para21.)
        var reached = arguments.Where(d => d.BaseRelation is "obl" or "obj").ToList();
        for (var level = 0; level < 2; level++)
            reached.AddRange(reached.SelectMany(a => parse.Dependents(a.Index).Where(d => d.BaseRelation is "obl" or "nmod")).Where(d => !reached.Contains(d)).ToList());
        return reached.Where(d => d.BaseRelation is "obl" or "nmod")
            .Any(d => words.MessageNouns.Contains(ClauseSyntax.Lemma(d)) &&
                      parse.Dependents(d.Index).Any(c => c.BaseRelation == "case" && ClauseSyntax.Lemma(c) is "in" or "through"));
    }

    private static ParsedToken? Subject(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).FirstOrDefault(d => d.Relation == "nsubj");

    private static ParsedToken? AnySubject(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).FirstOrDefault(d => d.BaseRelation == "nsubj");

    private static string? ModalOf(ParsedSentence parse, ParsedToken head) =>
        parse.Dependents(head.Index).Where(d => d.BaseRelation == "aux" && Modals.Contains(ClauseSyntax.Lemma(d))).Select(ClauseSyntax.Lemma).FirstOrDefault();

    /// <summary>"never left", "poses no danger", "no group would be allowed".</summary>
    private static bool NegatedAny(ParsedSentence parse, ParsedToken head) =>
        ClauseSyntax.Negated(parse, head) || ClauseSyntax.NegatedArgument(parse, head) ||
        // "will never again let": the parser may hang "never" on "again".
        parse.Dependents(head.Index).Any(d => d.BaseRelation == "advmod" && ClauseSyntax.Negated(parse, d));

    private static bool Past(ParsedSentence parse, ParsedToken head) =>
        head.Xpos is "VBD" or "VBN" || parse.Dependents(head.Index).Any(d => d.BaseRelation == "aux" && ClauseSyntax.Lemma(d) == "have");

    /// <summary>The one who declares is a party: a state, person, group or organisation named in its phrase, or an office.</summary>
    private bool Party(ParsedSentence parse, ParsedToken? speaker, List<Token> tokens, IReadOnlyList<EntityMention> mentions)
    {
        if (speaker is null) return false;
        var phrase = ParsedClauseRules.Subtree(parse, speaker);
        var (start, end) = (phrase.Min(t => t.Start), phrase.Max(t => t.End));
        if (mentions.Any(m => m.Start < end && m.End > start && m.Entry.Kind is not (EntryKind.Place or EntryKind.Media))) return true;
        var words = tokens.Where(t => t.Start >= start && t.End <= end).ToList();
        return words.Count > 0 && syntax.Lexicon.OfficialRoles.Matches(words).Count > 0;
    }

    internal bool BorderInView(List<Token> tokens, IReadOnlyList<EntityMention> mentions) =>
        mentions.Select(m => m.Entry.Country).Where(c => c is not null).Distinct().Count() >= 2
        || mentions.Any(m => m.Entry.Kind == EntryKind.ArmedGroup || m.Entry.Kind == EntryKind.Place && m.Entry.BorderCodes.Count > 0)
        || syntax.Lexicon.BorderWords.Matches(tokens).Count > 0;
}
