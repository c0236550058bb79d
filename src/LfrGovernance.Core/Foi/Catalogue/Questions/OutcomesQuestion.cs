using LfrGovernance.Core.Deployments;

namespace LfrGovernance.Core.Foi.Catalogue.Questions;

/// <summary>Recurring: the outcomes of the deployments in the period: faces seen, alerts, true and false alerts
/// (confirmed and unconfirmed), engagements, arrests, other action, no action, and both false alert rates.</summary>
/// <remarks>The totals are summed in SQL over the deployments in scope (one row of sums); each figure is summed over the
/// deployments that record it, and the answer says how many do.</remarks>
internal sealed class OutcomesQuestion : FoiQuestion
{
    public override string Key => "outcomes";

    public override string Number => string.Empty;

    public override string Title => "Alerts and outcomes";

    public override string Wording => "How many alerts did the deployments produce, how many were true and false alerts (confirmed and unconfirmed), "
        + "and how many led to engagements, arrests, other action or no action? What were the false alert rates?";

    /// <summary>Each outcome figure: its sum over the deployments in scope, and how many deployments record it.</summary>
    internal sealed record Totals(int Deployments, long FacesSeen, int FacesSeenRecorded, int Alerts, int AlertsRecorded,
        int TrueConfirmed, int TrueConfirmedRecorded, int TrueUnconfirmed, int TrueUnconfirmedRecorded,
        int FalseConfirmed, int FalseConfirmedRecorded, int FalseUnconfirmed, int FalseUnconfirmedRecorded,
        int Engagements, int EngagementsRecorded, int Arrests, int ArrestsRecorded, int OtherAction, int OtherActionRecorded,
        int NoAction, int NoActionRecorded);

    protected override async Task<GeneratedAnswer> AnswerAsync(AnswerBuilder answer, CancellationToken cancellationToken)
    {
        var deployments = await InScope.DeploymentsAsync(answer, cancellationToken);
        answer.Withhold(deployments.Withheld);
        var t = await FoiRegister.FirstOrDefaultAsync(deployments.Confirmable.GroupBy(d => 1).Select(g => new Totals(
            g.Count(),
            g.Sum(d => d.FacesSeen ?? 0L), g.Count(d => d.FacesSeen != null),
            g.Sum(d => d.TotalAlerts ?? 0), g.Count(d => d.TotalAlerts != null),
            g.Sum(d => d.TrueAlertsConfirmed ?? 0), g.Count(d => d.TrueAlertsConfirmed != null),
            g.Sum(d => d.TrueAlertsUnconfirmed ?? 0), g.Count(d => d.TrueAlertsUnconfirmed != null),
            g.Sum(d => d.FalseAlertsConfirmed ?? 0), g.Count(d => d.FalseAlertsConfirmed != null),
            g.Sum(d => d.FalseAlertsUnconfirmed ?? 0), g.Count(d => d.FalseAlertsUnconfirmed != null),
            g.Sum(d => d.Engagements ?? 0), g.Count(d => d.Engagements != null),
            g.Sum(d => d.Arrests ?? 0), g.Count(d => d.Arrests != null),
            g.Sum(d => d.OtherAction ?? 0), g.Count(d => d.OtherAction != null),
            g.Sum(d => d.NoAction ?? 0), g.Count(d => d.NoAction != null))), cancellationToken);
        if (t is null || t.Deployments == 0)
        {
            return answer.NothingHeld($"The register records no deployment of {answer.Kinds} {answer.Period}, and so no outcomes");
        }
        var recorded = new[] { t.FacesSeenRecorded, t.AlertsRecorded, t.TrueConfirmedRecorded, t.TrueUnconfirmedRecorded, t.FalseConfirmedRecorded,
            t.FalseUnconfirmedRecorded, t.EngagementsRecorded, t.ArrestsRecorded, t.OtherActionRecorded, t.NoActionRecorded }.Max();
        if (recorded == 0)
        {
            return answer.NothingHeld($"The register records no outcomes for the {FoiWording.Count(t.Deployments, "deployment")} of {answer.Kinds} {answer.Period}");
        }

        var sources = deployments.Sources;
        var lines = new List<string>();
        void Add(string label, long total, int recordedBy, string words)
        {
            var value = recordedBy == 0 ? "Not recorded" : FoiWording.Number(total);
            answer.Figure(label, value, recordedBy == 0 ? [] : sources);
            lines.Add(recordedBy == 0 ? $"{words}: not recorded"
                : $"{words}: {FoiWording.Number(total)}" + (recordedBy < t.Deployments ? $" (recorded for {FoiWording.Count(recordedBy, "deployment")})" : string.Empty));
        }
        Add("Faces seen", t.FacesSeen, t.FacesSeenRecorded, "faces seen (processed)");
        Add("Alerts", t.Alerts, t.AlertsRecorded, "alerts");
        Add("True alerts, confirmed", t.TrueConfirmed, t.TrueConfirmedRecorded, "true alerts, confirmed");
        Add("True alerts, unconfirmed", t.TrueUnconfirmed, t.TrueUnconfirmedRecorded, "true alerts, unconfirmed");
        Add("False alerts, confirmed", t.FalseConfirmed, t.FalseConfirmedRecorded, "false alerts, confirmed");
        Add("False alerts, unconfirmed", t.FalseUnconfirmed, t.FalseUnconfirmedRecorded, "false alerts, unconfirmed");
        Add("Engagements", t.Engagements, t.EngagementsRecorded, "engagements");
        Add("Arrests", t.Arrests, t.ArrestsRecorded, "arrests");
        Add("Other action", t.OtherAction, t.OtherActionRecorded, "other action");
        Add("No action", t.NoAction, t.NoActionRecorded, "no action");
        answer.SayList($"The {FoiWording.Count(t.Deployments, "deployment")} of {answer.Kinds} {answer.Period} recorded these outcomes", lines);

        var falseAlerts = t.FalseConfirmedRecorded + t.FalseUnconfirmedRecorded > 0 ? t.FalseConfirmed + t.FalseUnconfirmed : (int?)null;
        var rates = new List<string>();
        if (AlertFigures.PerFacesSeen(falseAlerts, t.FacesSeenRecorded > 0 ? t.FacesSeen : null) is { } perFaces)
        {
            answer.Figure("False alert rate (per faces seen)", perFaces.ToString(), sources);
            rates.Add($"{perFaces} faces seen");
        }
        if (AlertFigures.PercentOfAlerts(falseAlerts, t.AlertsRecorded > 0 ? t.Alerts : null) is { } percent)
        {
            answer.Figure("False alerts as a share of all alerts", FoiWording.Percent(percent), sources);
            rates.Add($"{FoiWording.Percent(percent)} of all alerts");
        }
        if (rates.Count > 0)
        {
            answer.Say($"False alerts were {FoiWording.List(rates)}");
        }
        answer.Say("These figures are recorded locally by the force and should not be compared with those of other forces, which may record them differently");
        return answer.Build();
    }
}
