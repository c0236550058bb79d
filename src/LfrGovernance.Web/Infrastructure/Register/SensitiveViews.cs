using LfrGovernance.Core.History;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Authorization;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>The rule for viewing a record marked sensitive: every view is logged, with the purpose the user gave
/// where the marking asks for one (Data Protection Act 2018 s.62).</summary>
public static class SensitiveViews
{
    public const int PurposeLength = 2000;

    public static bool IsLogged(RecordMarking marking) => marking != RecordMarking.Official;

    public static bool NeedsPurpose(RecordMarking marking) => marking == RecordMarking.OfficialSensitivePurposeRequired;

    /// <summary>Writes the access-log line for a view (and saves it), if the marking asks for one.</summary>
    public static async Task LogViewAsync(GovernanceDbContext db, CurrentUser user, RecordMarking marking, string recordType,
        Guid id, string description, string? purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!IsLogged(marking))
        {
            return;
        }
        db.AccessLog.Add(new AccessLogEntry
        {
            OccurredAt = db.Clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            UserName = user.DisplayName,
            UserRoles = string.Join(',', user.Roles),
            Action = AccessAction.Viewed,
            RecordType = recordType,
            RecordId = id,
            Description = description.Length > 500 ? description[..500] : description,
            Purpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
