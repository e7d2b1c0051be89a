using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Incidents;

namespace BorderWatch.Ingestion.Tests.Dates;

/// <summary>A stretch of days that came before the event ("after a three-day siege") leaves the event's day whole. Sentences of their own, in no corpus.</summary>
public class PriorSpanTests
{
    [Theory]
    [InlineData("Rebels retook the pass on 9 June after a three-day siege.", IncidentType.TerritorialControl, false)]
    [InlineData("The post was handed back on 9 June after the 10-day standoff.", IncidentType.TerritorialControl, false)]
    [InlineData("A three-day raid on the pass ended on 9 June.", IncidentType.TerritorialControl, true)]
    [InlineData("The seven-day drills in the pass closed on 9 June.", IncidentType.Exercise, true)]
    public void Only_the_events_own_days_spread_its_date(string sentence, IncidentType type, bool spans) =>
        new EventDating(Lexicon.Default, new Coreference(Lexicon.Default), DateRules.Default).SpansDays(sentence, type).ShouldBe(spans);
}
