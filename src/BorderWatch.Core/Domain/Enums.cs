namespace BorderWatch.Core.Domain;

/// <summary>What sort of actor a name denotes.</summary>
public enum ActorKind { State, Organization, ArmedGroup, Person, Media }

/// <summary>How much of a date the text actually fixes.</summary>
public enum DatePrecision { Unknown, Year, Month, Day }

/// <summary>Status of a claim as the source presents it (SCHEMA.md).</summary>
public enum IncidentStatus { Reported, Unconfirmed, Denied, Planned }

/// <summary>How precisely an incident is located, from the vaguest to the most exact.</summary>
public enum LocationPrecision { None, Country, BorderArea, Province, District, NamedPlace }

/// <summary>Kinds of place in the gazetteer.</summary>
public enum PlaceKind { Capital, City, Town, District, Province, Region, River, Crossing, Island, Base }

/// <summary>The format an article arrived in.</summary>
public enum SourceFormat { Text, Html, Rss, Atom }

/// <summary>How an article's publication date was determined.</summary>
public enum PublishedDateSource
{
    /// <summary>No date could be determined.</summary>
    None,
    /// <summary>From document metadata (meta tags, JSON-LD, feed pubDate).</summary>
    Metadata,
    /// <summary>A date line or header stated in the text.</summary>
    StatedInText,
    /// <summary>Inferred from dates mentioned in the text (e.g. the latest explicit date).</summary>
    InferredFromText,
}

/// <summary>What part an actor plays in an incident.</summary>
public enum ActorRole
{
    /// <summary>Acts: deploys, attacks, visits, signs.</summary>
    Initiator,
    /// <summary>Is acted upon or is the counterpart.</summary>
    Counterpart,
    /// <summary>Makes the statement or claim.</summary>
    Speaker,
    /// <summary>A state or place directly affected.</summary>
    Affected,
    /// <summary>Takes part without a clearer role.</summary>
    Participant,
}

/// <summary>An analyst's decision about a machine-extracted incident.</summary>
public enum ReviewDecision
{
    Confirmed, Corrected, Rejected, Merged,
    /// <summary>Undoes a merge: the incident stands on its own again (reviewed).</summary>
    Split,
}
