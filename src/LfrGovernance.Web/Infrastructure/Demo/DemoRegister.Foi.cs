using LfrGovernance.Core.Foi;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;

namespace LfrGovernance.Web.Infrastructure.Demo;

/// <summary>The demonstration register's FOI casework: a request answered in 2025 that said no information was held
/// about collaborations (the register now holds two from before that answer, so the consistency check flags it), an
/// open request with the questions of the typical request, assigned to the FOI officer, and two exemption templates.
/// Fictional throughout.</summary>
public static partial class DemoRegister
{
    private static readonly string[] TypicalQuestions =
    [
        "1. Has the force collaborated with any external organisation (for example a museum or a shopping centre owner) on live facial recognition? Please give the name, the manner (advice, image sharing, joint operation), the period, the locations, the costs, and which uses have ceased or continue.",
        "a. Were images shared? How many, from which datasets, for what purposes, on what legal basis, and under which security and handling protocols?",
        "b. What was the rank of the officer who authorised the collaboration, and what process was followed?",
        "c. What is the protocol when the system makes a match alert?",
        "d. How many alerts were there, and how many led to police action?",
        "e. How many were true positives?",
        "f. How many were false positives?",
        "2. Does the force have policy guidance on such collaboration and on the retention of live facial recognition images? When was it created? How many images have been retained?",
        "3. Has a data protection impact assessment been done for the collaboration?",
        "4. Has one been done for any use of live facial recognition?",
        "5. Has the force scrutinised a data protection impact assessment done by an external partner?",
        "6. Is the force currently using or collaborating on live facial recognition?",
        "7. Does the force plan to use or trial it?",
        "8. In March 2025 you answered that no information was held about collaborations. Why?",
    ];

    private static void AddFoiCasework(GovernanceDbContext db, IReadOnlyList<Person> people, DateOnly today)
    {
        var foiOfficer = people.Single(p => p.Name == "Evan Shah");
        var earlier = new FoiRequest
        {
            Reference = "DM2025/0311", Summary = "Collaborations on live facial recognition (fictional)", ReceivedOn = new DateOnly(2025, 3, 10),
            RequesterCategory = FoiRequesterCategory.Journalist, Legislation = FoiLegislation.Foia, Status = FoiRequestStatus.Responded,
            RespondedOn = new DateOnly(2025, 4, 4), AssigneeId = foiOfficer.Id, Notes = "Fictional demonstration record.",
        };
        db.FoiRequests.Add(earlier);
        db.FoiRequesters.Add(new FoiRequester { RequestId = earlier.Id, Name = "A. Reporter (fictional)", Organisation = "Example Gazette (fictional)" });
        db.FoiQuestions.Add(new FoiQuestion
        {
            RequestId = earlier.Id, Number = "1", Position = 1, CatalogueKey = "q1", IsFinal = true, Answer = "No information is held.",
            Text = "Has the force collaborated with any external organisation on live facial recognition?",
        });

        var open = new FoiRequest
        {
            Reference = new FoiSettings().Reference(today.Year, 1), Summary = "Collaborations, policies and assessments on live facial recognition (fictional)",
            ReceivedOn = today.AddDays(-12), RequesterCategory = FoiRequesterCategory.CampaignGroup, Legislation = FoiLegislation.Foia,
            Status = FoiRequestStatus.InProgress, AssigneeId = foiOfficer.Id, Notes = "Fictional demonstration record.",
        };
        db.FoiRequests.Add(open);
        db.FoiRequesters.Add(new FoiRequester { RequestId = open.Id, Name = "Privacy campaign (fictional)", Email = "foi@campaign.invalid" });
        var questions = FoiQuestionText.Parse(string.Join('\n', TypicalQuestions)).Questions;
        db.FoiQuestions.AddRange(questions.Select((q, i) => new FoiQuestion { RequestId = open.Id, Number = q.Number, Position = i + 1, Text = q.Text }));

        db.ExemptionTemplates.AddRange(
            new ExemptionTemplate
            {
                Title = "Covert use: law enforcement, neither confirm nor deny", Section = "s.31(3)", NeitherConfirmNorDeny = true,
                HarmStatement = "Confirming or denying whether other information is held would show where, and whether, covert tactics are used, helping those who would evade them.",
                FactorsFavouringDisclosure = "Transparency about the use of surveillance technology, and public confidence in how it is governed.",
                FactorsAgainstDisclosure = "Offenders could learn where covert tactics are or are not used and change their behaviour; the prevention and detection of crime would suffer.",
                Balance = "The public interest in law enforcement outweighs that in confirming or denying.",
            },
            new ExemptionTemplate
            {
                Title = "Covert use: national security, neither confirm nor deny", Section = "s.24(2)", NeitherConfirmNorDeny = true,
                HarmStatement = "Confirming or denying would reveal the capability available to protect national security.",
                FactorsFavouringDisclosure = "Public debate about the use of facial recognition.",
                FactorsAgainstDisclosure = "A mosaic of answers across forces would reveal national capability to those who threaten it.",
                Balance = "The public interest in safeguarding national security outweighs that in confirming or denying.",
            });
        db.SaveChanges();
    }
}
