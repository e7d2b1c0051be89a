namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>
/// The figures the committed models reached (percent, gold tokens, punctuation included), rounded down to a tenth and
/// less a margin of 0.1, so another CPU's rounding of the half-precision weights cannot fail them.
/// </summary>
internal static class AccuracyBars
{
    public const double EwtUpos = 95.5, EwtXpos = 95.0, EwtLemma = 96.7, EwtUas = 89.6, EwtLas = 87.8, EwtPredictedUas = 86.9, EwtPredictedLas = 84.0;
    public const double PudUpos = 95.0, PudXpos = 94.7, PudLemma = 97.1, PudUas = 86.5, PudLas = 84.3, PudPredictedUas = 83.5, PudPredictedLas = 79.8;
}
