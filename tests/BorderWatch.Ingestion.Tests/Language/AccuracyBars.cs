namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>The figures the committed models reached (percent, gold tokens, punctuation included), rounded down.</summary>
internal static class AccuracyBars
{
    public const double EwtUpos = 95.2, EwtXpos = 94.6, EwtLemma = 91.5, EwtUas = 88.2, EwtLas = 86.6, EwtPredictedUas = 84.6, EwtPredictedLas = 81.5;
    public const double PudUpos = 94.9, PudXpos = 94.4, PudLemma = 93.0, PudUas = 85.0, PudLas = 83.0, PudPredictedUas = 81.1, PudPredictedLas = 77.2;
}
