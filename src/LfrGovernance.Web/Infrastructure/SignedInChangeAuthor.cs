using LfrGovernance.Core.History;
using LfrGovernance.Web.Authorization;

namespace LfrGovernance.Web.Infrastructure;

/// <summary>The history records changes as made by the signed-in user, with the roles they hold now.</summary>
public sealed class SignedInChangeAuthor(IHttpContextAccessor httpContext) : IChangeAuthor
{
    public HistoryActor Current =>
        httpContext.HttpContext?.User is { } principal && CurrentUser.From(principal) is { } user
            ? new HistoryActor(user.Id, user.DisplayName, user.Roles)
            : HistoryActor.System;
}
