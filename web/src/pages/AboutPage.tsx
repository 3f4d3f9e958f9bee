export function AboutPage() {
  return (
    <article aria-labelledby="about-title">
      <h2 id="about-title">About rolefit</h2>
      <p>
        rolefit reads your resume, finds evidence of the skills a Technical Project Manager needs, and scores
        it against the role guide and real job listings. Every point in the score cites the line of your
        resume it comes from.
      </p>
      <h3>Your data</h3>
      <ul>
        <li>In local-only mode the analysis runs in your browser and your resume is never sent anywhere.</li>
        <li>
          In server mode your resume is sent to this rolefit server, analyzed and forgotten, unless you ask to
          save the analysis. A saved analysis is kept in this server's database until you delete it, which
          removes the report and the resume text, or until it expires.
        </li>
        <li>
          Server logs record which page was called and the outcome, never names, emails, phone numbers or
          resume text.
        </li>
      </ul>
      <h3>Data sources and attribution</h3>
      <ul className="attribution">
        <li>
          This product includes information from the{' '}
          <a href="https://www.onetcenter.org/database.html">
            O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration
            (USDOL/ETA)
          </a>
          , used under the <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0 license</a>.
          O*NET® is a trademark of USDOL/ETA. rolefit has modified all or some of this information. USDOL/ETA
          has not approved, endorsed, or tested these modifications.
        </li>
        <li>
          This service uses the{' '}
          <a href="https://esco.ec.europa.eu/">ESCO classification of the European Commission</a>.
        </li>
      </ul>
      <p className="small">
        rolefit is open-source software (MIT license). The HTTP API is described at{' '}
        <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
    </article>
  );
}
