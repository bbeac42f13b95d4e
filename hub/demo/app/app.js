// The demo payroll app: the download calls an API that fails, as a real outage would.
document.getElementById('download').addEventListener('click', async () => {
  const status = document.getElementById('status');
  status.textContent = 'Preparing your payslip…';
  const response = await fetch(
    '/api/payslips/2026-10/pdf?session=demo-session-7f3a9c2e1b&employee=1001',
  );
  if (!response.ok) {
    console.error(`Payslip download failed: HTTP ${response.status}`);
    status.textContent = 'Something went wrong. Please try again later.';
  }
});
document.getElementById('bank').addEventListener('submit', async (event) => {
  event.preventDefault();
  const response = await fetch('/api/bank-details', {
    method: 'POST',
    body: new FormData(event.target),
  });
  if (!response.ok) console.error('Saving bank details failed: HTTP ' + response.status);
});
