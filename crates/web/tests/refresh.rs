//! The background results refresher computes only while no other instance sharing the
//! database holds the job's lease, and gives the lease back when done.

mod common;

use apdc_store::{Sql, leases};
use apdc_web::refresh::{LEASE, compute_under_lease};
use common::TestApp;
use common::results::computed_plan;

#[tokio::test]
async fn the_refresher_skips_while_another_instance_holds_the_lease() {
    let app = TestApp::new().await;
    computed_plan(&app, &[]).await;
    let stored = || async {
        let (n,): (i64,) = app.db.fetch_one(Sql::new("SELECT COUNT(*) FROM indicator_values")).await.unwrap();
        n
    };

    assert!(leases::try_acquire(&app.db, LEASE, "instance A", 60).await.unwrap());
    let skipped = compute_under_lease(&app.db, "instance B").await.unwrap();
    assert_eq!(skipped, None, "B does not compute while A holds the lease");
    assert_eq!(stored().await, 0, "nothing was computed");
    let lease = leases::current(&app.db, LEASE).await.unwrap().unwrap();
    assert_eq!(lease.holder, "instance A", "A's lease is left as it was");

    assert!(leases::release(&app.db, LEASE, "instance A").await.unwrap());
    let computed = compute_under_lease(&app.db, "instance B").await.unwrap();
    assert_eq!(computed, Some((1, 3)), "once A is done, B computes the plan's three indicators");
    assert!(stored().await > 0);
    assert_eq!(leases::current(&app.db, LEASE).await.unwrap(), None, "B released the lease after computing");
    assert!(leases::try_acquire(&app.db, LEASE, "instance A", 60).await.unwrap(), "A can take it again");
}
